/* ds-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the window's files: ds-window.c (the shell and its views),
 * ds-window-files.c (opening, recent files, reloading, drag and drop) and
 * ds-window-export.c (exports and printing).
 */

#pragma once

#include "ds-charts-page.h"
#include "ds-takeaways-page.h"
#include "ds-timeline-page.h"
#include "ds-window.h"

G_BEGIN_DECLS

#define BUNDLED_DOSSIER RESOURCE_BASE_PATH "/dossiers/nvidia-openai.json"

struct _DsWindow
{
  AdwApplicationWindow parent_instance;

  DsDossier *dossier;
  GSettings *settings;

  /* ds-window-files.c: the open file, its loading and watching */
  GFile *file;
  GCancellable *loading;
  GFileMonitor *monitor;
  guint watch_source;       /* the monitor is made once the dossier is on screen */
  char *watched_version;    /* the file as loaded, to catch an edit made before that */
  guint reload_source;
  GMenu *recent_menu;

  AdwHeaderBar *header_bar;
  GtkMenuButton *primary_menu_button;
  AdwViewStack *stack;
  AdwViewSwitcherBar *switcher_bar;
  GtkRevealer *progress_revealer;
  GtkProgressBar *progress_bar;
  GtkRevealer *problems_revealer;
  GtkLabel *problems_heading;
  GtkLabel *problems_label;
  DsTimelinePage *timeline_page;
  DsChartsPage *charts_page;
  DsTakeawaysPage *takeaways_page;
  /* The hidden pages get the dossier when first shown: building them costs start-up. */
  gboolean charts_page_stale;
  gboolean takeaways_page_stale;
  /* Built when first asked for; destroyed with the window. */
  GtkWindow *shortcuts;
};

void _ds_window_show_problems      (DsWindow       *self,
                                    const char     *heading,
                                    GPtrArray      *problems,
                                    const char     *file_name);
void _ds_window_hide_problems      (DsWindow       *self);

/* ds-window-files.c */
void _ds_window_class_init_files   (GtkWidgetClass *widget_class);
void _ds_window_init_files         (DsWindow       *self);
void _ds_window_dispose_files      (DsWindow       *self);

/* ds-window-export.c */
void _ds_window_class_init_export  (GtkWidgetClass *widget_class);
void _ds_window_init_export        (DsWindow       *self);
void _ds_window_export_chart       (DsWindow       *self,
                                    DsChart        *chart);

G_END_DECLS
