/* test-timeline-renderer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline renderer on cairo image surfaces: no display needed. Set
 * DS_TEST_SAVE_PNG=1 to also write /tmp/timeline-light.png and /tmp/timeline-dark.png.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ds-dossier-loader.h"
#include "ds-timeline-renderer.h"
#include "ds-test-data.h"


/* --- Helpers ------------------------------------------------------------------------ */

static double
day_of (const char *text)
{
  DsDate date;

  g_assert_true (ds_date_parse (text, &date, NULL));

  return ds_date_get_first_day (&date);
}

/* @actors: comma-separated actor ids, or NULL. @end: NULL for none. */
static DsEvent *
make_event (const char  *id,
            const char  *date_text,
            const char  *end_text,
            DsEventKind  kind,
            DsStatus     status,
            const char  *actors)
{
  g_autoptr(DsText) title = ds_text_new_plain (id);
  DsEvent *event;
  DsDate date;

  g_assert_true (ds_date_parse (date_text, &date, NULL));
  event = ds_event_new (id, &date, title, kind, status);
  if (end_text != NULL)
    {
      DsDate end;

      g_assert_true (ds_date_parse (end_text, &end, NULL));
      ds_event_set_end (event, &end);
    }
  if (actors != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (actors, ",", -1);

      ds_event_set_actors (event, ids);
    }

  return event;
}

/* Takes @events (may be NULL: no events at all). */
static DsDossier *
make_dossier (GPtrArray *events)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Test");
  DsDossier *dossier = ds_dossier_new ("dealscope/1", "test", title);

  if (events != NULL)
    {
      ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);
      g_ptr_array_unref (events);
    }

  return dossier;
}

static void
params_for_range (DsTimelineDrawParams *params,
                  double                width,
                  double                height,
                  double                first_day,
                  double                last_day)
{
  double left;
  double right;

  ds_timeline_draw_params_init (params, width, height);
  ds_timeline_get_plot_margins (&left, &right);
  params->scale.first_day = first_day;
  params->scale.last_day = last_day;
  params->scale.x = left;
  params->scale.width = width - left - right;
}

/* The layout's extent, with room on the right for the last labels. */
static void
params_fit (DsTimelineDrawParams *params,
            DsTimelineLayout     *layout,
            double                width,
            double                height)
{
  double first;
  double last;

  g_assert_true (ds_timeline_layout_get_extent (layout, &first, &last));
  params_for_range (params, width, height, first - (last - first) * 0.02,
                    last + (last - first) * 0.12);
}

/* Renders onto a new ARGB32 surface, checks that cairo had no error and returns the
 * surface (for pixel checks) with @marks filled. */
static cairo_surface_t *
render (DsTimelineLayout           *layout,
        const DsTimelineDrawParams *params,
        GArray                     *marks)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int)ceil (params->width),
                                                         (int)ceil (params->height));
  cairo_t *cr = cairo_create (surface);

  ds_timeline_render (layout, cr, params, marks);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

static GArray *
new_marks (void)
{
  return g_array_new (FALSE, FALSE, sizeof (DsTimelineMark));
}

static const DsTimelineMark *
mark_at (GArray *marks,
         guint   index)
{
  return &g_array_index (marks, DsTimelineMark, index);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *)(data + y * stride + x * 4);
}

static gboolean
rects_overlap (const DsRect *a,
               const DsRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* No two labels overlap, and no label covers another mark's marker. */
static void
assert_no_overlaps (GArray *marks)
{
  for (guint i = 0; i < marks->len; i++)
    {
      const DsTimelineMark *a = mark_at (marks, i);

      if (a->label.width <= 0)
        continue;

      for (guint j = 0; j < marks->len; j++)
        {
          const DsTimelineMark *b = mark_at (marks, j);
          DsRect marker = { b->x - b->radius, b->y - b->radius, 2 * b->radius, 2 * b->radius };

          if (i == j)
            continue;
          if (j > i && b->label.width > 0 && rects_overlap (&a->label, &b->label))
            g_error ("labels of events %u (lane %u) and %u (lane %u) overlap: "
                     "[%g, %g %g×%g] and [%g, %g %g×%g]",
                     a->event, a->lane, b->event, b->lane,
                     a->label.x, a->label.y, a->label.width, a->label.height,
                     b->label.x, b->label.y, b->label.width, b->label.height);
          if (rects_overlap (&a->label, &marker))
            g_error ("the label of event %u covers the marker of event %u", a->event, b->event);
        }
    }
}

/* --- Cases -------------------------------------------------------------------------- */

static void
test_date_to_x (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  cairo_surface_t *surface;
  double day = day_of ("2025-09-22");

  g_ptr_array_add (events, make_event ("deal", "2025-09-22", NULL, DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, NULL));
  dossier = make_dossier (g_steal_pointer (&events));
  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  g_assert_cmpuint (ds_timeline_layout_get_n_events (layout), ==, 1);
  g_assert_cmpuint (ds_timeline_layout_get_n_lanes (layout), ==, 1);

  params_for_range (&params, 800, 300, day_of ("2025-09-01"), day_of ("2025-10-31"));
  surface = render (layout, &params, marks);

  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpuint (mark_at (marks, 0)->count, ==, 1);
  g_assert_cmpuint (mark_at (marks, 0)->event, ==, 0);
  g_assert_cmpfloat_with_epsilon (mark_at (marks, 0)->x, ds_time_scale_to_x (&params.scale, day),
                                  0.5);
  g_assert_cmpfloat (mark_at (marks, 0)->label.width, >, 0);
  g_assert_cmpfloat (mark_at (marks, 0)->label.x, >, mark_at (marks, 0)->x);

  /* The same at another zoom and width. */
  params_for_range (&params, 1400, 300, day_of ("2020-01-01"), day_of ("2030-01-01"));
  cairo_surface_destroy (surface);
  surface = render (layout, &params, marks);
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (mark_at (marks, 0)->x, ds_time_scale_to_x (&params.scale, day),
                                  0.5);

  cairo_surface_destroy (surface);
  ds_timeline_layout_free (layout);
}

static void
test_culling (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;

  g_ptr_array_add (events, make_event ("before", "2020-01-01", NULL, DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, NULL));
  g_ptr_array_add (events, make_event ("inside", "2025-06-15", NULL, DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, NULL));
  g_ptr_array_add (events, make_event ("after", "2030-01-01", NULL, DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, NULL));
  g_ptr_array_add (events, make_event ("short-span", "2025-01-01", "2025-02-01", DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, NULL));
  dossier = make_dossier (g_steal_pointer (&events));
  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);

  params_for_range (&params, 800, 300, day_of ("2025-06-01"), day_of ("2025-07-01"));
  cairo_surface_destroy (render (layout, &params, marks));

  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpstr (ds_event_get_id (ds_timeline_layout_get_event (layout, mark_at (marks,
                                                                                   0)->event)),
                   ==, "inside");

  /* A range with nothing in it. */
  params_for_range (&params, 800, 300, day_of ("2027-01-01"), day_of ("2028-01-01"));
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (marks->len, ==, 0);

  ds_timeline_layout_free (layout);
}

static DsTimelineLayout *
make_pair_layout (DsDossier **dossier)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (events, make_event ("first", "2025-06-01", NULL, DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, NULL));
  g_ptr_array_add (events, make_event ("second", "2025-06-02", NULL, DS_EVENT_REPORT,
                                       DS_STATUS_RUMOUR, NULL));
  *dossier = make_dossier (g_steal_pointer (&events));

  return ds_timeline_layout_new (*dossier, DS_LANES_SINGLE);
}

static void
test_cluster_forms (void)
{
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout = make_pair_layout (&dossier);
  DsTimelineDrawParams params;

  params_for_range (&params, 800, 300, day_of ("2020-01-01"), day_of ("2030-01-01"));
  params.selected = 1;
  cairo_surface_destroy (render (layout, &params, marks));

  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpuint (mark_at (marks, 0)->count, ==, 2);
  g_assert_cmpuint (mark_at (marks, 0)->event, ==, 0);
  /* Clusters carry no label. */
  g_assert_cmpfloat (mark_at (marks, 0)->label.width, ==, 0);

  ds_timeline_layout_free (layout);
}

static void
test_cluster_splits (void)
{
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout = make_pair_layout (&dossier);
  DsTimelineDrawParams params;

  params_for_range (&params, 800, 300, day_of ("2025-05-28"), day_of ("2025-06-07"));
  cairo_surface_destroy (render (layout, &params, marks));

  g_assert_cmpuint (marks->len, ==, 2);
  g_assert_cmpuint (mark_at (marks, 0)->count, ==, 1);
  g_assert_cmpuint (mark_at (marks, 1)->count, ==, 1);
  g_assert_cmpuint (mark_at (marks, 0)->event, ==, 0);
  g_assert_cmpuint (mark_at (marks, 1)->event, ==, 1);
  g_assert_cmpfloat (mark_at (marks, 1)->x - mark_at (marks, 0)->x, >, 60);
  assert_no_overlaps (marks);

  ds_timeline_layout_free (layout);
}

/* Events of one day cannot be split by zooming: once a day is wider than a cluster,
 * they stack in rows, and cluster only when the lane has no free row left. */
static void
test_same_day_stacks (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;

  g_ptr_array_add (events, make_event ("one", "2026-02-02", NULL, DS_EVENT_REPORT,
                                       DS_STATUS_REPORTED, NULL));
  g_ptr_array_add (events, make_event ("two", "2026-02-02", NULL, DS_EVENT_REPORT,
                                       DS_STATUS_CONFIRMED, NULL));
  g_ptr_array_add (events, make_event ("three", "2026-02-02", NULL, DS_EVENT_REPORT,
                                       DS_STATUS_CONFIRMED, NULL));
  dossier = make_dossier (g_steal_pointer (&events));

  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  params_for_range (&params, 800, 600, day_of ("2026-01-28"), day_of ("2026-02-07"));
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (marks->len, ==, 3);
  for (guint i = 0; i < marks->len; i++)
    {
      g_assert_cmpuint (mark_at (marks, i)->count, ==, 1);
      g_assert_cmpfloat (mark_at (marks, i)->x, ==, mark_at (marks, 0)->x);
      g_assert_cmpfloat (mark_at (marks, i)->label.width, >, 0);
      for (guint j = 0; j < i; j++)
        g_assert_cmpfloat (fabs (mark_at (marks, i)->y - mark_at (marks, j)->y), >=, 20);
    }
  assert_no_overlaps (marks);

  /* Zoomed out, they are one cluster. */
  params_for_range (&params, 800, 600, day_of ("2025-01-01"), day_of ("2027-01-01"));
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpuint (mark_at (marks, 0)->count, ==, 3);
  ds_timeline_layout_free (layout);

  /* A lane with room for one row only clusters them even zoomed in. */
  layout = ds_timeline_layout_new (dossier, DS_LANES_KIND);
  params_for_range (&params, 800, 120, day_of ("2026-01-28"), day_of ("2026-02-07"));
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpuint (mark_at (marks, 0)->count, ==, 3);
  g_assert_cmpfloat (mark_at (marks, 0)->label.width, ==, 0);
  ds_timeline_layout_free (layout);
}

static void
test_lanes_actor (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsText) nvidia = ds_text_new_plain ("Nvidia");
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  guint lanes_of_both = 0;

  g_ptr_array_add (actors, ds_actor_new ("nvidia", nvidia, DS_ACTOR_COMPANY));
  g_ptr_array_add (events, make_event ("solo", "2025-06-01", NULL, DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, "nvidia"));
  g_ptr_array_add (events, make_event ("both", "2025-06-10", NULL, DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, "nvidia,openai"));
  g_ptr_array_add (events, make_event ("nobody", "2025-06-20", NULL, DS_EVENT_REPORT,
                                       DS_STATUS_RUMOUR, NULL));
  dossier = make_dossier (g_steal_pointer (&events));
  ds_dossier_set_list (dossier, DS_TYPE_ACTOR, actors);

  layout = ds_timeline_layout_new (dossier, DS_LANES_ACTOR);
  g_assert_cmpint (ds_timeline_layout_get_mode (layout), ==, DS_LANES_ACTOR);
  g_assert_cmpuint (ds_timeline_layout_get_n_lanes (layout), ==, 3);
  /* In order of first appearance, names from the actors, then "Other". */
  g_assert_cmpstr (ds_timeline_layout_get_lane_label (layout, 0), ==, "Nvidia");
  g_assert_cmpstr (ds_timeline_layout_get_lane_label (layout, 1), ==, "openai");
  g_assert_cmpstr (ds_timeline_layout_get_lane_label (layout, 2), ==, C_("timeline lane", "Other"));

  params_for_range (&params, 800, 400, day_of ("2025-05-25"), day_of ("2025-06-30"));
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (marks->len, ==, 4);
  for (guint i = 0; i < marks->len; i++)
    if (mark_at (marks, i)->event == 1)
      {
        g_assert_cmpuint (mark_at (marks, i)->lane, ==, lanes_of_both);
        lanes_of_both++;
      }
  g_assert_cmpuint (lanes_of_both, ==, 2);
  for (guint i = 0; i < marks->len; i++)
    if (mark_at (marks, i)->event == 2)
      g_assert_cmpuint (mark_at (marks, i)->lane, ==, 2);
  assert_no_overlaps (marks);

  ds_timeline_layout_free (layout);
}

static void
test_lanes_kind (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(DsDossier) bundled = ds_test_load_bundled ();
  g_autoptr(GArray) marks = new_marks ();
  GListModel *model = ds_dossier_get_events (bundled);
  gboolean seen[DS_EVENT_FILING + 1] = { FALSE };
  guint n_kinds = 0;
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;

  g_ptr_array_add (events, make_event ("a", "2025-06-01", NULL, DS_EVENT_DEAL, DS_STATUS_CONFIRMED,
                                       NULL));
  g_ptr_array_add (events, make_event ("b", "2025-06-02", NULL, DS_EVENT_FUNDING,
                                       DS_STATUS_CONFIRMED, NULL));
  g_ptr_array_add (events, make_event ("c", "2025-06-03", NULL, DS_EVENT_DEAL, DS_STATUS_REPORTED,
                                       NULL));
  g_ptr_array_add (events, make_event ("d", "2025-06-04", NULL, DS_EVENT_REPORT, DS_STATUS_RUMOUR,
                                       NULL));
  dossier = make_dossier (g_steal_pointer (&events));
  layout = ds_timeline_layout_new (dossier, DS_LANES_KIND);
  g_assert_cmpuint (ds_timeline_layout_get_n_lanes (layout), ==, 3);
  g_assert_cmpstr (ds_timeline_layout_get_lane_label (layout, 0), ==,
                   ds_event_kind_to_label (DS_EVENT_FUNDING));
  g_assert_cmpstr (ds_timeline_layout_get_lane_label (layout, 1), ==,
                   ds_event_kind_to_label (DS_EVENT_DEAL));
  g_assert_cmpstr (ds_timeline_layout_get_lane_label (layout, 2), ==,
                   ds_event_kind_to_label (DS_EVENT_REPORT));

  params_for_range (&params, 800, 400, day_of ("2025-05-20"), day_of ("2025-06-10"));
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (marks->len, ==, 4);
  for (guint i = 0; i < marks->len; i++)
    {
      DsEvent *event = ds_timeline_layout_get_event (layout, mark_at (marks, i)->event);

      g_assert_cmpstr (ds_timeline_layout_get_lane_label (layout, mark_at (marks, i)->lane), ==,
                       ds_event_kind_to_label (ds_event_get_kind (event)));
    }
  ds_timeline_layout_free (layout);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (model, i);

      if (!seen[ds_event_get_kind (event)])
        n_kinds++;
      seen[ds_event_get_kind (event)] = TRUE;
    }
  layout = ds_timeline_layout_new (bundled, DS_LANES_KIND);
  g_assert_cmpuint (ds_timeline_layout_get_n_lanes (layout), ==, n_kinds);
  ds_timeline_layout_free (layout);
}

static void
test_event_labels (void)
{
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  guint with_amount = 0;

  for (guint i = 0; i < ds_timeline_layout_get_n_events (layout); i++)
    {
      DsEvent *event = ds_timeline_layout_get_event (layout, i);
      const char *label = ds_timeline_layout_get_event_label (layout, i);
      const DsMoney *amount = ds_event_get_amount (event);

      g_assert_cmpint (ds_timeline_layout_find_event (layout, event), ==, i);
      g_assert_cmpint (ds_timeline_layout_get_event_status (layout, i), ==,
                       ds_event_get_status (event));
      g_assert_true (g_str_has_prefix (label, ds_event_get_title (event)));
      if (amount != NULL)
        {
          g_autofree char *money = ds_money_format (amount);

          g_assert_true (g_str_has_suffix (label, money));
          g_assert_cmpuint (strlen (label), >,
                            strlen (ds_event_get_title (event)) + strlen (money));
          with_amount++;
        }
      else
        g_assert_cmpstr (label, ==, ds_event_get_title (event));
    }
  g_assert_cmpuint (with_amount, >, 0);

  ds_timeline_layout_free (layout);
}

static void
test_labels_never_overlap (void)
{
  static const double widths[] = { 400, 800, 1400, 1920 };
  static const DsLaneMode modes[] = { DS_LANES_SINGLE, DS_LANES_ACTOR, DS_LANES_KIND };
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  g_autoptr(GArray) marks = new_marks ();

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      DsTimelineLayout *layout = ds_timeline_layout_new (dossier, modes[m]);

      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        for (guint zoom = 0; zoom < 2; zoom++)
          {
            DsTimelineDrawParams params;
            guint labelled = 0;
            guint counted = 0;

            if (zoom == 0)
              params_fit (&params, layout, widths[w], 700);
            else
              params_for_range (&params, widths[w], 700, day_of ("2025-09-01"),
                                day_of ("2026-04-30"));

            g_test_message ("mode %d, width %g, %s", modes[m], widths[w], zoom ? "zoomed" : "fit");
            cairo_surface_destroy (render (layout, &params, marks));
            g_assert_cmpuint (marks->len, >, 0);
            assert_no_overlaps (marks);

            for (guint i = 0; i < marks->len; i++)
              {
                labelled += mark_at (marks, i)->label.width > 0;
                counted += mark_at (marks, i)->count;
              }
            /* At 400 px, the zoomed range is too dense for any label. */
            if (widths[w] >= 800)
              g_assert_cmpuint (labelled, >, 0);
            if (modes[m] == DS_LANES_SINGLE && zoom == 0)
              g_assert_cmpuint (counted, ==, ds_timeline_layout_get_n_events (layout));
          }

      ds_timeline_layout_free (layout);
    }
}

static void
test_matches_dim (void)
{
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  guint n = ds_timeline_layout_get_n_events (layout);
  g_autofree guint8 *matches = g_new0 (guint8, n);
  DsTimelineDrawParams params;
  guint labelled = 0;
  guint dimmed_singles = 0;

  for (guint i = 0; i < n; i += 3)
    matches[i] = 1;

  params_for_range (&params, 1920, 700, day_of ("2025-09-01"), day_of ("2026-04-30"));
  params.matches = matches;
  cairo_surface_destroy (render (layout, &params, marks));

  for (guint i = 0; i < marks->len; i++)
    {
      const DsTimelineMark *mark = mark_at (marks, i);

      if (mark->count != 1)
        continue;
      if (matches[mark->event])
        labelled += mark->label.width > 0;
      else
        {
          dimmed_singles++;
          g_assert_cmpfloat (mark->label.width, ==, 0);
        }
    }
  g_assert_cmpuint (dimmed_singles, >, 0);
  g_assert_cmpuint (labelled, >, 0);
  assert_no_overlaps (marks);

  ds_timeline_layout_free (layout);
}

static void
test_hit_test (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  const DsTimelineMark *mark;
  const DsTimelineMark *hit;

  g_ptr_array_add (events, make_event ("left", "2025-06-05", NULL, DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, NULL));
  g_ptr_array_add (events, make_event ("right", "2025-06-20", NULL, DS_EVENT_DEAL, DS_STATUS_DENIED,
                                       NULL));
  dossier = make_dossier (g_steal_pointer (&events));
  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);

  params_for_range (&params, 800, 300, day_of ("2025-06-01"), day_of ("2025-07-01"));
  params.hovered = 0;
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (marks->len, ==, 2);

  for (guint i = 0; i < marks->len; i++)
    {
      mark = mark_at (marks, i);
      hit = ds_timeline_hit_test (marks, mark->x, mark->y);
      g_assert_true (hit == mark);
      /* Near the marker, within its radius + 4 px. */
      hit = ds_timeline_hit_test (marks, mark->x + mark->radius + 3, mark->y);
      g_assert_true (hit == mark);
      /* On its label. */
      g_assert_cmpfloat (mark->label.width, >, 0);
      hit = ds_timeline_hit_test (marks, mark->label.x + mark->label.width / 2,
                                  mark->label.y + mark->label.height / 2);
      g_assert_true (hit == mark);
    }

  g_assert_null (ds_timeline_hit_test (marks, 5, 5));
  g_assert_null (ds_timeline_hit_test (marks, 400, 250));
  g_assert_null (ds_timeline_hit_test (marks, mark_at (marks, 0)->x, mark_at (marks, 0)->y + 40));

  ds_timeline_layout_free (layout);
}

static void
test_span_before_range (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  cairo_surface_t *surface;
  const DsTimelineMark *mark;
  guint32 background;
  guint32 bar;

  /* Many short events before the range, so that the search must skip them. */
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *id = g_strdup_printf ("early-%u", i);
      g_autofree char *date = g_strdup_printf ("2024-%02u-%02u", 1 + i / 28, 1 + i % 28);

      g_ptr_array_add (events, make_event (id, date, NULL, DS_EVENT_REPORT, DS_STATUS_REPORTED,
                                           NULL));
    }
  g_ptr_array_add (events, make_event ("build-out", "2025-01-01", "2025-12-31", DS_EVENT_PRODUCT,
                                       DS_STATUS_PLANNED, NULL));
  dossier = make_dossier (g_steal_pointer (&events));
  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);

  params_for_range (&params, 800, 300, day_of ("2025-06-01"), day_of ("2025-07-01"));
  params.show_legend = FALSE;
  surface = render (layout, &params, marks);

  g_assert_cmpuint (marks->len, ==, 1);
  mark = mark_at (marks, 0);
  g_assert_cmpstr (ds_event_get_id (ds_timeline_layout_get_event (layout, mark->event)), ==,
                   "build-out");
  g_assert_cmpfloat (mark->x, <, params.scale.x);
  /* Its label is pinned to the left edge of the view. */
  g_assert_cmpfloat (mark->label.width, >, 0);
  g_assert_cmpfloat (mark->label.x, >=, params.scale.x);

  /* The bar is painted across the view at the mark's height: the same column shows
   * something else (background, grid) above it. */
  background = pixel_at (surface, (int)(params.scale.x + params.scale.width - 40),
                         (int)mark->y - 30);
  bar = pixel_at (surface, (int)(params.scale.x + params.scale.width - 40), (int)mark->y);
  g_assert_cmphex (bar, !=, background);

  cairo_surface_destroy (surface);
  ds_timeline_layout_free (layout);
}

/* A cluster keeps the bar of its longest span, whichever of its events has it. */
static void
test_span_in_cluster (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  cairo_surface_t *surface;
  const DsTimelineMark *mark;
  int x;

  g_ptr_array_add (events, make_event ("rollout", "2026-H2", "2029", DS_EVENT_PRODUCT,
                                       DS_STATUS_PLANNED, NULL));
  g_ptr_array_add (events, make_event ("first", "2026-H2", NULL, DS_EVENT_MILESTONE,
                                       DS_STATUS_PLANNED, NULL));
  g_ptr_array_add (events, make_event ("second", "2026-H2", NULL, DS_EVENT_PRODUCT,
                                       DS_STATUS_PLANNED, NULL));
  dossier = make_dossier (g_steal_pointer (&events));
  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);

  params_for_range (&params, 800, 300, day_of ("2020-01-01"), day_of ("2031-01-01"));
  params.show_legend = FALSE;
  surface = render (layout, &params, marks);
  g_assert_cmpuint (marks->len, ==, 1);
  mark = mark_at (marks, 0);
  g_assert_cmpuint (mark->count, ==, 3);
  x = (int)ds_time_scale_to_x (&params.scale, day_of ("2028-07-01"));
  g_assert_cmphex (pixel_at (surface, x, (int)mark->y), !=, pixel_at (surface, x,
                                                                      (int)mark->y - 30));

  cairo_surface_destroy (surface);
  ds_timeline_layout_free (layout);
}

static void
test_empty (void)
{
  static const DsLaneMode modes[] = { DS_LANES_SINGLE, DS_LANES_ACTOR, DS_LANES_KIND };
  g_autoptr(DsDossier) dossier = make_dossier (NULL);
  g_autoptr(GArray) marks = new_marks ();

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      DsTimelineLayout *layout = ds_timeline_layout_new (dossier, modes[m]);
      DsTimelineDrawParams params;
      double first = -1;
      double last = -1;

      g_assert_cmpuint (ds_timeline_layout_get_n_events (layout), ==, 0);
      g_assert_false (ds_timeline_layout_get_extent (layout, &first, &last));
      g_assert_cmpint (ds_timeline_layout_find_event (layout, NULL), ==, -1);
      g_assert_cmpfloat (ds_timeline_layout_get_content_height (layout, 500), ==, 500);

      /* With the default, empty scale, and with a real one. */
      ds_timeline_draw_params_init (&params, 640, 480);
      cairo_surface_destroy (render (layout, &params, marks));
      g_assert_cmpuint (marks->len, ==, 0);

      params_for_range (&params, 640, 480, day_of ("2025-01-01"), day_of ("2026-01-01"));
      params.today_day = day_of ("2025-06-01");
      cairo_surface_destroy (render (layout, &params, marks));
      g_assert_cmpuint (marks->len, ==, 0);

      /* And a tiny surface. */
      params_for_range (&params, 20, 10, day_of ("2025-01-01"), day_of ("2026-01-01"));
      cairo_surface_destroy (render (layout, &params, marks));

      ds_timeline_layout_free (layout);
    }
}

static void
test_extent_and_scroll (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) phases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsText) title = ds_text_new_plain ("Open");
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(DsDossier) bundled = ds_test_load_bundled ();
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  DsDate start;
  double first;
  double last;
  double content;
  gint index;
  const guint *lane_events;
  guint n_lane_events;

  g_ptr_array_add (events, make_event ("a", "2025-03", NULL, DS_EVENT_DEAL, DS_STATUS_CONFIRMED,
                                       NULL));
  g_ptr_array_add (events, make_event ("b", "2025-06-01", "2026-Q2", DS_EVENT_DEAL,
                                       DS_STATUS_CONFIRMED, NULL));
  dossier = make_dossier (g_steal_pointer (&events));
  g_assert_true (ds_date_parse ("2024-11-15", &start, NULL));
  g_ptr_array_add (phases, ds_phase_new ("open", title, &start, NULL));
  ds_dossier_set_list (dossier, DS_TYPE_PHASE, phases);

  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  g_assert_true (ds_timeline_layout_get_extent (layout, &first, &last));
  g_assert_cmpfloat (first, ==, day_of ("2024-11-15"));
  g_assert_cmpfloat (last, ==, day_of ("2026-06-30"));
  index = ds_timeline_layout_find_event (layout, ds_dossier_lookup_event (dossier, "b"));
  g_assert_cmpint (index, ==, 1);
  g_assert_true (ds_timeline_layout_get_event (layout, index) == ds_dossier_lookup_event (dossier,
                                                                                          "b"));

  /* A span ends the day after its end date; an open phase at the day after the extent. */
  ds_timeline_layout_get_event_span (layout, index, &first, &last);
  g_assert_cmpfloat (first, ==, day_of ("2025-06-01"));
  g_assert_cmpfloat (last, ==, day_of ("2026-07-01"));
  ds_timeline_layout_get_event_span (layout, 0, &first, &last);
  g_assert_true (isnan (last));
  g_assert_cmpuint (ds_timeline_layout_get_n_phases (layout), ==, 1);
  g_assert_cmpstr (ds_timeline_layout_get_phase (layout, 0, &first, &last), ==, "Open");
  g_assert_cmpfloat (first, ==, day_of ("2024-11-15"));
  g_assert_cmpfloat (last, ==, day_of ("2026-07-01"));

  /* The lane search reaches back by the lane's longest span. */
  lane_events = ds_timeline_layout_get_lane_events (layout, 0, &n_lane_events);
  g_assert_cmpuint (n_lane_events, ==, 2);
  g_assert_cmpuint (lane_events[0], ==, 0);
  g_assert_cmpuint (lane_events[1], ==, 1);
  g_assert_cmpuint (ds_timeline_layout_lane_search (layout, 0, day_of ("2024-01-01")), ==, 0);
  g_assert_cmpuint (ds_timeline_layout_lane_search (layout, 0, day_of ("2026-06-30")), <=, 1);
  g_assert_cmpuint (ds_timeline_layout_lane_search (layout, 0, day_of ("2027-08-01")), ==, 2);
  g_assert_cmpint (ds_timeline_layout_get_lane_color (layout, 0), ==, -1);
  ds_timeline_layout_free (layout);

  /* Many actor lanes need more height than the view, and scroll. */
  layout = ds_timeline_layout_new (bundled, DS_LANES_ACTOR);
  g_assert_cmpuint (ds_timeline_layout_get_n_lanes (layout), >, 10);
  content = ds_timeline_layout_get_content_height (layout, 400);
  g_assert_cmpfloat (content, >, 400);
  g_assert_cmpfloat (ds_timeline_layout_get_max_scroll (layout, 400), ==, content - 400);
  g_assert_cmpfloat (ds_timeline_layout_get_content_height (layout, 1e5), ==, 1e5);

  params_fit (&params, layout, 1000, 400);
  params.scroll_y = ds_timeline_layout_get_max_scroll (layout, 400);
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (marks->len, >, 0);
  for (guint i = 0; i < marks->len; i++)
    {
      g_assert_cmpuint (mark_at (marks, i)->lane, >, 0);
      g_assert_cmpfloat (mark_at (marks, i)->y, <=, 400);
    }
  g_assert_cmpuint (mark_at (marks, marks->len - 1)->lane, ==,
                    ds_timeline_layout_get_n_lanes (layout) - 1);
  assert_no_overlaps (marks);

  /* Scrolling past the end is clamped. */
  params.scroll_y = 1e6;
  cairo_surface_destroy (render (layout, &params, marks));
  g_assert_cmpuint (mark_at (marks, marks->len - 1)->lane, ==,
                    ds_timeline_layout_get_n_lanes (layout) - 1);

  ds_timeline_layout_free (layout);
}

static void
test_many_events (void)
{
  static const char * const actors[] = { "nvidia", "openai", "microsoft", "oracle", "amd" };
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = new_marks ();
  g_autoptr(DsText) title = ds_text_new_plain ("A synthetic event with a long enough title");
  double base = day_of ("2000-01-01");
  double width = 1200;
  DsTimelineDrawParams params;

  /* 100,000 events, ten a day from 2000 on; one in a thousand spans 100 days. */
  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      gint64 year;
      guint month;
      guint day;
      DsDate date;
      DsEvent *event;
      const char *ids[] = { actors[i % G_N_ELEMENTS (actors)], NULL };

      ds_date_from_day_number ((gint64)base + i / 10, &year, &month, &day);
      g_assert_true (ds_date_init_day (&date, year, month, day));
      event = ds_event_new (id, &date, title, (DsEventKind)(i % 10), (DsStatus)(i % 5));
      ds_event_set_actors (event, (char **)ids);
      if (i % 1000 == 0)
        {
          DsDate end;

          ds_date_from_day_number ((gint64)base + i / 10 + 100, &year, &month, &day);
          g_assert_true (ds_date_init_day (&end, year, month, day));
          ds_event_set_end (event, &end);
        }
      g_ptr_array_add (events, event);
    }
  dossier = make_dossier (g_steal_pointer (&events));

  for (DsLaneMode mode = DS_LANES_SINGLE; mode <= DS_LANES_KIND; mode++)
    {
      DsTimelineLayout *layout = ds_timeline_layout_new (dossier, mode);
      double first = base + 5000;
      guint counted = 0;

      g_assert_cmpuint (ds_timeline_layout_get_n_events (layout), ==, 100000);

      /* 120 days: about 1,200 of the 100,000 events in view, and few marks per lane. */
      params_for_range (&params, width, 700, first, first + 120);
      cairo_surface_destroy (render (layout, &params, marks));
      g_test_message ("mode %d: %u marks", mode, marks->len);
      g_assert_cmpuint (marks->len, >, 0);
      for (guint lane = 0; lane < ds_timeline_layout_get_n_lanes (layout); lane++)
        {
          guint in_lane = 0;

          for (guint i = 0; i < marks->len; i++)
            in_lane += mark_at (marks, i)->lane == lane;
          g_assert_cmpuint (in_lane, <=, width / 4);
        }
      if (mode == DS_LANES_SINGLE)
        g_assert_cmpuint (marks->len, <=, width / 4);
      for (guint i = 0; i < marks->len; i++)
        counted += mark_at (marks, i)->count;
      g_assert_cmpuint (counted, >=, 1200);
      g_assert_cmpuint (counted, <=, 1250);
      assert_no_overlaps (marks);

      /* Ten days: days are wide enough for the events of a day to stack in rows. */
      params_for_range (&params, width, 700, first, first + 10);
      cairo_surface_destroy (render (layout, &params, marks));
      counted = 0;
      for (guint i = 0; i < marks->len; i++)
        counted += mark_at (marks, i)->count;
      g_assert_cmpuint (counted, >=, 100);
      g_assert_cmpuint (counted, <=, 130);
      g_assert_cmpuint (marks->len, <=, counted);
      assert_no_overlaps (marks);

      /* Everything in view still renders. */
      params_fit (&params, layout, width, 700);
      cairo_surface_destroy (render (layout, &params, marks));
      g_assert_cmpuint (marks->len, <=, width / 4 * ds_timeline_layout_get_n_lanes (layout));

      ds_timeline_layout_free (layout);
    }
}

static void
save_png (DsDossier  *dossier,
          DsTheme     theme,
          const char *path)
{
  g_autoptr(GArray) marks = new_marks ();
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  DsTimelineDrawParams params;
  cairo_surface_t *surface;

  params_for_range (&params, 1400, 700, day_of ("2025-08-15"), day_of ("2026-07-15"));
  params.theme = theme;
  params.today_day = day_of ("2026-02-10");
  params.selected = 10;
  surface = render (layout, &params, marks);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("wrote %s", path);

  cairo_surface_destroy (surface);
  ds_timeline_layout_free (layout);
}

static void
test_themes (void)
{
  static const DsTheme themes[] = {
    DS_THEME_LIGHT, DS_THEME_DARK, DS_THEME_HIGH_CONTRAST, DS_THEME_HIGH_CONTRAST_DARK,
  };
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  g_autoptr(GArray) marks = new_marks ();
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");

  for (DsLaneMode mode = DS_LANES_SINGLE; mode <= DS_LANES_KIND; mode++)
    {
      DsTimelineLayout *layout = ds_timeline_layout_new (dossier, mode);

      for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
        {
          DsTimelineDrawParams params;
          cairo_surface_t *surface;
          guint32 corner;

          params_fit (&params, layout, 1000, 600);
          params.theme = themes[t];
          params.today_day = day_of ("2026-02-10");
          params.selected = 12;
          params.hovered = 20;
          params.font = t % 2 ? font : NULL;
          surface = render (layout, &params, marks);
          g_assert_cmpuint (marks->len, >, 0);

          /* The background is the theme's. */
          corner = pixel_at (surface, 2, 600 - 2);
          g_assert_cmpuint (corner & 0xff, ==,
                            (guint)round (ds_palette_get (themes[t])->background.blue * 255));
          cairo_surface_destroy (surface);
        }

      ds_timeline_layout_free (layout);
    }

  if (g_getenv ("DS_TEST_SAVE_PNG") != NULL)
    {
      save_png (dossier, DS_THEME_LIGHT, "/tmp/timeline-light.png");
      save_png (dossier, DS_THEME_DARK, "/tmp/timeline-dark.png");
    }

  pango_font_description_free (font);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("DS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/timeline-renderer/date-to-x", test_date_to_x);
  g_test_add_func ("/dealscope/timeline-renderer/culling", test_culling);
  g_test_add_func ("/dealscope/timeline-renderer/cluster-forms", test_cluster_forms);
  g_test_add_func ("/dealscope/timeline-renderer/cluster-splits", test_cluster_splits);
  g_test_add_func ("/dealscope/timeline-renderer/same-day-stacks", test_same_day_stacks);
  g_test_add_func ("/dealscope/timeline-renderer/lanes-actor", test_lanes_actor);
  g_test_add_func ("/dealscope/timeline-renderer/lanes-kind", test_lanes_kind);
  g_test_add_func ("/dealscope/timeline-renderer/event-labels", test_event_labels);
  g_test_add_func ("/dealscope/timeline-renderer/labels-never-overlap", test_labels_never_overlap);
  g_test_add_func ("/dealscope/timeline-renderer/matches-dim", test_matches_dim);
  g_test_add_func ("/dealscope/timeline-renderer/hit-test", test_hit_test);
  g_test_add_func ("/dealscope/timeline-renderer/span-before-range", test_span_before_range);
  g_test_add_func ("/dealscope/timeline-renderer/span-in-cluster", test_span_in_cluster);
  g_test_add_func ("/dealscope/timeline-renderer/empty", test_empty);
  g_test_add_func ("/dealscope/timeline-renderer/extent-and-scroll", test_extent_and_scroll);
  g_test_add_func ("/dealscope/timeline-renderer/many-events", test_many_events);
  g_test_add_func ("/dealscope/timeline-renderer/themes", test_themes);

  return g_test_run ();
}
