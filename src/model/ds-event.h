/* ds-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ds-date.h"
#include "ds-enums.h"
#include "ds-money.h"
#include "ds-text.h"

G_BEGIN_DECLS

typedef struct
{
  char     *publication;
  DsDate    date;
  gboolean  has_date;
  char     *url;     /* http or https, or NULL */
  DsText   *title;   /* or NULL */
} DsSource;

void ds_source_clear (DsSource *source);

#define DS_TYPE_EVENT (ds_event_get_type ())

G_DECLARE_FINAL_TYPE (DsEvent, ds_event, DS, EVENT, GObject)

DsEvent            *ds_event_new               (const char     *id,
                                                const DsDate   *date,
                                                DsText         *title,
                                                DsEventKind     kind,
                                                DsStatus        status);
const char         *ds_event_get_id            (DsEvent        *self);
const DsDate       *ds_event_get_date          (DsEvent        *self);
const DsDate       *ds_event_get_end           (DsEvent        *self);
void                ds_event_set_end           (DsEvent        *self,
                                                const DsDate   *end);
const char         *ds_event_get_title         (DsEvent        *self);
DsText             *ds_event_get_title_text    (DsEvent        *self);
const char         *ds_event_get_summary       (DsEvent        *self);
DsText             *ds_event_get_summary_text  (DsEvent        *self);
void                ds_event_set_summary       (DsEvent        *self,
                                                DsText         *summary);
DsEventKind         ds_event_get_kind          (DsEvent        *self);
DsStatus            ds_event_get_status        (DsEvent        *self);
const char * const *ds_event_get_actors        (DsEvent        *self);
void                ds_event_set_actors        (DsEvent        *self,
                                                char          **actor_ids);
const DsMoney      *ds_event_get_amount        (DsEvent        *self);
const char         *ds_event_get_amount_label  (DsEvent        *self);
DsText             *ds_event_get_amount_label_text (DsEvent    *self);
void                ds_event_set_amount        (DsEvent        *self,
                                                const DsMoney  *amount,
                                                DsText         *label);
const char         *ds_event_get_quote         (DsEvent        *self);
DsText             *ds_event_get_quote_text    (DsEvent        *self);
const char         *ds_event_get_quote_speaker (DsEvent        *self);
const char         *ds_event_get_quote_language (DsEvent       *self);
void                ds_event_set_quote         (DsEvent        *self,
                                                DsText         *text,
                                                const char     *speaker,
                                                const char     *language);
guint               ds_event_get_n_sources     (DsEvent        *self);
const DsSource     *ds_event_get_source        (DsEvent        *self,
                                                guint           index);
void                ds_event_take_sources      (DsEvent        *self,
                                                GArray         *sources);
const char * const *ds_event_get_tags          (DsEvent        *self);
void                ds_event_set_tags          (DsEvent        *self,
                                                char          **tags);
const char         *ds_event_get_phase         (DsEvent        *self);
void                ds_event_set_phase         (DsEvent        *self,
                                                const char     *phase_id);
int                 ds_event_compare           (gconstpointer   a,
                                                gconstpointer   b,
                                                gpointer        user_data);

G_END_DECLS
