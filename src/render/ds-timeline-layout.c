/* ds-timeline-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a timeline frame needs from the dossier, prepared once per dossier and lane mode
 * (O(n log n) at worst): per event its day numbers and status; per lane the
 * events sorted by first day with the lane's longest span, so that a frame finds what
 * it shows by binary search; the phases sorted by start; the extent. It is immutable
 * after ds_timeline_layout_new (), except for the renderer's private cache and the event
 * labels, which are formatted on first use: a frame shows a few hundred of them, and
 * formatting every amount up front was a third of the preparation.
 *
 * ds_timeline_layout_new () may run on any thread: it reads only the dossier's plain
 * arrays, its index of actors and the events, none of which change after loading, and
 * shapes no text. The labels and the cache are made on the thread that draws.
 *
 * Drawing lives in ds-timeline-renderer.c, hit testing in ds-timeline-placement.c.
 */

#define G_LOG_DOMAIN "ds-timeline-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ds-timeline-private.h"

typedef struct
{
  double first_day;
  guint  event;
} LaneEntry;

typedef struct
{
  char   *label;
  GArray *entries;         /* LaneEntry while building */
  GArray *events;          /* guint event indices, by first day */
  GArray *first_days;      /* double, the same order */
  double  max_span;        /* the longest end_day − first_day of the lane, in days */
  gint32  color;           /* actor lanes: the actor's colour hint, else -1 */
} Lane;

typedef struct
{
  double first_day;
  double end_day;          /* NAN: open-ended */
  char  *title;
} PhaseInfo;

struct _DsTimelineLayout
{
  DsDossier      *dossier;
  DsLaneMode      mode;
  DsEvent * const *events;    /* the dossier's, which the layout keeps alive */
  guint           n_events;
  EventInfo      *infos;
  GPtrArray      *lanes;       /* Lane */
  PhaseInfo      *phases;      /* by start */
  guint           n_phases;
  gboolean        has_extent;
  double          extent_first;
  double          extent_last;

  gpointer        render_data;
  GDestroyNotify  render_data_destroy;
};

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  g_free (lane->label);
  g_clear_pointer (&lane->entries, g_array_unref);
  g_clear_pointer (&lane->events, g_array_unref);
  g_clear_pointer (&lane->first_days, g_array_unref);
  g_free (lane);
}

/* @reserve: how many entries to make room for at once; growing a big array step by
 * step copies it again and again. */
static Lane *
lane_new (const char *label,
          gint32      color,
          guint       reserve)
{
  Lane *lane = g_new0 (Lane, 1);

  lane->label = g_strdup (label);
  lane->entries = g_array_sized_new (FALSE, FALSE, sizeof (LaneEntry), reserve);
  lane->color = color;

  return lane;
}

static void
lane_add (Lane            *lane,
          const EventInfo *info,
          guint            event)
{
  LaneEntry entry = { info->first_day, event };

  /* An actor listed twice on one event still gives one entry. */
  if (lane->entries->len > 0 &&
      g_array_index (lane->entries, LaneEntry, lane->entries->len - 1).event == event)
    return;

  g_array_append_val (lane->entries, entry);
  if (isfinite (info->end_day))
    lane->max_span = MAX (lane->max_span, info->end_day - info->first_day);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LaneEntry *ea = a;
  const LaneEntry *eb = b;

  if (ea->first_day != eb->first_day)
    return ea->first_day < eb->first_day ? -1 : 1;

  return ea->event < eb->event ? -1 : ea->event > eb->event;
}

/* Sorts the entries by first day (the dossier keeps events in date order, but this
 * does not trust it) and splits them into the two arrays a frame searches. */
static void
lane_finish (Lane *lane)
{
  GArray *entries = lane->entries;

  for (guint e = 1; e < entries->len; e++)
    if (g_array_index (entries, LaneEntry, e - 1).first_day >
        g_array_index (entries, LaneEntry, e).first_day)
      {
        g_array_sort (entries, compare_entries);
        break;
      }

  lane->events = g_array_sized_new (FALSE, FALSE, sizeof (guint), entries->len);
  lane->first_days = g_array_sized_new (FALSE, FALSE, sizeof (double), entries->len);
  g_array_set_size (lane->events, entries->len);
  g_array_set_size (lane->first_days, entries->len);
  for (guint e = 0; e < entries->len; e++)
    {
      const LaneEntry *entry = &g_array_index (entries, LaneEntry, e);

      g_array_index (lane->events, guint, e) = entry->event;
      g_array_index (lane->first_days, double, e) = entry->first_day;
    }
  g_clear_pointer (&lane->entries, g_array_unref);
}

static int
compare_phases (gconstpointer a,
                gconstpointer b)
{
  const PhaseInfo *pa = a;
  const PhaseInfo *pb = b;

  return pa->first_day < pb->first_day ? -1 : pa->first_day > pb->first_day;
}

static char *
make_event_label (DsEvent *event)
{
  const DsMoney *amount = ds_event_get_amount (event);
  g_autofree char *money = NULL;

  if (amount == NULL || (money = ds_money_format (amount)) == NULL)
    return g_strdup (ds_event_get_title (event));

  /* Translators: an event's label on the timeline: %1$s is its title, %2$s its amount,
     as in "Nvidia buys $5B of Intel shares · $5B". Keep the "1$" and "2$". */
  return g_strdup_printf (C_("timeline label", "%1$s · %2$s"), ds_event_get_title (event), money);
}

static void
extend_extent (DsTimelineLayout *self,
               double            first,
               double            last)
{
  if (!self->has_extent)
    {
      self->extent_first = first;
      self->extent_last = last;
      self->has_extent = TRUE;
      return;
    }

  self->extent_first = MIN (self->extent_first, first);
  self->extent_last = MAX (self->extent_last, last);
}

static void
add_to_actor_lanes (DsTimelineLayout *self,
                    GHashTable       *actor_lanes,
                    Lane            **other,
                    guint             index)
{
  const char * const *actors = ds_event_get_actors (self->events[index]);

  if (actors[0] == NULL)
    {
      if (*other == NULL)
        {
          /* Translators: the timeline lane of the events that name no actor. */
          *other = lane_new (C_("timeline lane", "Other"), -1, 0);
        }
      lane_add (*other, &self->infos[index], index);
    }

  for (guint a = 0; actors[a] != NULL; a++)
    {
      Lane *lane = g_hash_table_lookup (actor_lanes, actors[a]);

      if (lane == NULL)
        {
          DsActor *actor = ds_dossier_lookup_actor (self->dossier, actors[a]);

          lane = lane_new (actor ? ds_actor_get_name (actor) : actors[a],
                           actor ? ds_actor_get_color (actor) : -1, 0);
          g_hash_table_insert (actor_lanes, (gpointer)actors[a], lane);
          g_ptr_array_add (self->lanes, lane);
        }
      lane_add (lane, &self->infos[index], index);
    }
}

static void
build_lanes (DsTimelineLayout *self)
{
  g_autoptr(GHashTable) actor_lanes = g_hash_table_new (g_str_hash, g_str_equal);
  Lane *kind_lanes[DS_EVENT_FILING + 1] = { NULL };
  Lane *other = NULL;

  switch (self->mode)
    {
    case DS_LANES_SINGLE:
      g_ptr_array_add (self->lanes, lane_new ("", -1, self->n_events));
      for (guint i = 0; i < self->n_events; i++)
        lane_add (g_ptr_array_index (self->lanes, 0), &self->infos[i], i);
      break;

    case DS_LANES_KIND:
      /* One lane per kind present, in the vocabulary's order. */
      for (guint i = 0; i < self->n_events; i++)
        {
          guint kind = ds_event_get_kind (self->events[i]);

          g_assert (kind < G_N_ELEMENTS (kind_lanes));
          if (kind_lanes[kind] == NULL)
            kind_lanes[kind] = lane_new (ds_event_kind_to_label (kind), -1, 0);
          lane_add (kind_lanes[kind], &self->infos[i], i);
        }
      for (guint k = 0; k < G_N_ELEMENTS (kind_lanes); k++)
        if (kind_lanes[k] != NULL)
          g_ptr_array_add (self->lanes, kind_lanes[k]);
      break;

    case DS_LANES_ACTOR:
      /* One lane per actor in order of first appearance, then "Other". */
      for (guint i = 0; i < self->n_events; i++)
        add_to_actor_lanes (self, actor_lanes, &other, i);
      if (other != NULL)
        g_ptr_array_add (self->lanes, other);
      break;

    default:
      g_assert_not_reached ();
    }

  for (guint l = 0; l < self->lanes->len; l++)
    lane_finish (g_ptr_array_index (self->lanes, l));
}

DsTimelineLayout *
ds_timeline_layout_new (DsDossier  *dossier,
                        DsLaneMode  mode)
{
  DsTimelineLayout *self;
  DsPhase * const *phases;

  g_return_val_if_fail (DS_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (mode <= DS_LANES_KIND, NULL);

  self = g_new0 (DsTimelineLayout, 1);
  self->dossier = g_object_ref (dossier);
  self->mode = mode;
  self->lanes = g_ptr_array_new_with_free_func (lane_free);

  /* The plain array, not the GListModel: no call and no reference per event, and it
   * may be read from any thread. */
  self->events = ds_dossier_peek_events (dossier, &self->n_events);
  self->infos = g_new0 (EventInfo, MAX (self->n_events, 1));

  for (guint i = 0; i < self->n_events; i++)
    {
      DsEvent *event = self->events[i];
      const DsDate *end = ds_event_get_end (event);
      EventInfo *info = &self->infos[i];
      double last;

      info->first_day = ds_date_get_first_day (ds_event_get_date (event));
      last = ds_date_get_last_day (ds_event_get_date (event));
      info->end_day = NAN;
      if (end != NULL)
        {
          double end_last = ds_date_get_last_day (end);

          last = MAX (last, end_last);
          info->end_day = end_last + 1;
        }
      info->status = ds_event_get_status (event);
      extend_extent (self, info->first_day, last);
    }

  phases = ds_dossier_peek_phases (dossier, &self->n_phases);
  self->phases = g_new0 (PhaseInfo, MAX (self->n_phases, 1));
  for (guint i = 0; i < self->n_phases; i++)
    {
      DsPhase *phase = phases[i];
      const DsDate *start = ds_phase_get_start (phase);
      const DsDate *end = ds_phase_get_end (phase);
      PhaseInfo *info = &self->phases[i];

      info->first_day = ds_date_get_first_day (start);
      info->end_day = end ? ds_date_get_last_day (end) + 1 : NAN;
      info->title = g_strdup (ds_phase_get_title (phase));
      extend_extent (self, info->first_day, ds_date_get_last_day (end ? end : start));
    }
  qsort (self->phases, self->n_phases, sizeof (PhaseInfo), compare_phases);

  build_lanes (self);

  return self;
}

void
ds_timeline_layout_free (DsTimelineLayout *self)
{
  if (self == NULL)
    return;

  if (self->render_data_destroy != NULL)
    self->render_data_destroy (self->render_data);
  for (guint i = 0; i < self->n_events; i++)
    g_free (self->infos[i].label);
  for (guint i = 0; i < self->n_phases; i++)
    g_free (self->phases[i].title);
  g_free (self->infos);
  g_free (self->phases);
  g_ptr_array_unref (self->lanes);
  g_object_unref (self->dossier);
  g_free (self);
}

DsLaneMode
ds_timeline_layout_get_mode (DsTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, DS_LANES_SINGLE);

  return self->mode;
}

guint
ds_timeline_layout_get_n_events (DsTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_events;
}

DsEvent *
ds_timeline_layout_get_event (DsTimelineLayout *self,
                              guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_events, NULL);

  return self->events[index];
}

gint
ds_timeline_layout_find_event (DsTimelineLayout *self,
                               DsEvent          *event)
{
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (self != NULL, -1);

  if (event == NULL)
    return -1;

  /* Events are sorted with ds_event_compare: search, then look through ties. */
  hi = self->n_events;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (ds_event_compare (self->events[mid], event, NULL) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < self->n_events; i++)
    {
      if (self->events[i] == event)
        return i;
      if (ds_event_compare (self->events[i], event, NULL) > 0)
        break;
    }

  return -1;
}

const EventInfo *
_ds_timeline_layout_get_infos (DsTimelineLayout *self)
{
  return self->infos;
}

const char *
ds_timeline_layout_get_event_label (DsTimelineLayout *self,
                                    guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_events, NULL);

  if (self->infos[index].label == NULL)
    self->infos[index].label = make_event_label (self->events[index]);

  return self->infos[index].label;
}

void
ds_timeline_layout_get_event_span (DsTimelineLayout *self,
                                   guint             index,
                                   double           *first_day,
                                   double           *end_day)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->n_events);

  if (first_day != NULL)
    *first_day = self->infos[index].first_day;
  if (end_day != NULL)
    *end_day = self->infos[index].end_day;
}

DsStatus
ds_timeline_layout_get_event_status (DsTimelineLayout *self,
                                     guint             index)
{
  g_return_val_if_fail (self != NULL, DS_STATUS_CONFIRMED);
  g_return_val_if_fail (index < self->n_events, DS_STATUS_CONFIRMED);

  return self->infos[index].status;
}

guint
ds_timeline_layout_get_n_lanes (DsTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->lanes->len;
}

const char *
ds_timeline_layout_get_lane_label (DsTimelineLayout *self,
                                   guint             lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  return ((Lane *)g_ptr_array_index (self->lanes, lane))->label;
}

gint32
ds_timeline_layout_get_lane_color (DsTimelineLayout *self,
                                   guint             lane)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (lane < self->lanes->len, -1);

  return ((Lane *)g_ptr_array_index (self->lanes, lane))->color;
}

const guint *
ds_timeline_layout_get_lane_events (DsTimelineLayout *self,
                                    guint             lane,
                                    guint            *n_events)
{
  Lane *l;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  g_return_val_if_fail (n_events != NULL, NULL);

  l = g_ptr_array_index (self->lanes, lane);
  *n_events = l->events->len;

  return (const guint *)(gpointer)l->events->data;
}

guint
ds_timeline_layout_lane_search (DsTimelineLayout *self,
                                guint             lane,
                                double            day)
{
  const double *first_days;
  Lane *l;
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);

  l = g_ptr_array_index (self->lanes, lane);
  first_days = (const double *)(gpointer)l->first_days->data;
  day -= l->max_span;
  hi = l->first_days->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (first_days[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

gboolean
ds_timeline_layout_get_extent (DsTimelineLayout *self,
                               double           *first_day,
                               double           *last_day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (first_day != NULL)
    *first_day = self->has_extent ? self->extent_first : 0;
  if (last_day != NULL)
    *last_day = self->has_extent ? self->extent_last : 0;

  return self->has_extent;
}

guint
ds_timeline_layout_get_n_phases (DsTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_phases;
}

const char *
ds_timeline_layout_get_phase (DsTimelineLayout *self,
                              guint             index,
                              double           *first_day,
                              double           *end_day)
{
  const PhaseInfo *phase;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_phases, NULL);

  phase = &self->phases[index];
  if (first_day != NULL)
    *first_day = phase->first_day;
  if (end_day != NULL)
    *end_day = isfinite (phase->end_day) ? phase->end_day : self->extent_last + 1;

  return phase->title;
}

gpointer
ds_timeline_layout_get_render_data (DsTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->render_data;
}

void
ds_timeline_layout_set_render_data (DsTimelineLayout *self,
                                    gpointer          data,
                                    GDestroyNotify    destroy)
{
  g_return_if_fail (self != NULL);

  if (self->render_data_destroy != NULL)
    self->render_data_destroy (self->render_data);
  self->render_data = data;
  self->render_data_destroy = destroy;
}
