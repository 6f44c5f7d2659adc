/* ds-event-filter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkFilter over DsEvent items that applies a DsEventQuery, for GtkFilterListModel.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-event-query.h"

G_BEGIN_DECLS

#define DS_TYPE_EVENT_FILTER (ds_event_filter_get_type ())

G_DECLARE_FINAL_TYPE (DsEventFilter, ds_event_filter, DS, EVENT_FILTER, GtkFilter)

/* The filter emits GtkFilter::changed whenever the query emits "changed". */
DsEventFilter *ds_event_filter_new       (DsEventQuery  *query);
DsEventQuery  *ds_event_filter_get_query (DsEventFilter *self);

G_END_DECLS
