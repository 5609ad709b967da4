/* kartu-record-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kartu-store.h"

G_BEGIN_DECLS

#define KARTU_TYPE_RECORD_LIST (kartu_record_list_get_type ())

G_DECLARE_DERIVABLE_TYPE (KartuRecordList, kartu_record_list, KARTU, RECORD_LIST, GObject)

/**
 * KartuRecordListClass:
 * @item_type: the type of the records, set in class_init
 * @watched_tables: (array zero-terminated=1): the store tables whose changes can alter
 *   a record, set in class_init to a static array
 * @load: reads every record with the list's store (never %NULL here) and appends them
 *   to @records, in list order
 * @equal: (nullable): whether a freshly loaded record shows the same as an old one;
 *   with it a reload announces only the range that differs and keeps the old records,
 *   without it every reload replaces all items
 */
struct _KartuRecordListClass
{
  GObjectClass        parent_class;

  GType               item_type;
  const char * const *watched_tables;

  gboolean (*load)  (KartuRecordList  *self,
                     GPtrArray        *records,
                     GError          **error);
  gboolean (*equal) (KartuRecordList  *self,
                     gpointer          old_record,
                     gpointer          new_record);
};

KartuStore *kartu_record_list_get_store           (KartuRecordList  *self);
void        kartu_record_list_set_store           (KartuRecordList  *self,
                                                   KartuStore       *store);
gboolean    kartu_record_list_reload              (KartuRecordList  *self,
                                                   GError          **error);
void        kartu_record_list_refresh             (KartuRecordList  *self);
const char *kartu_record_list_get_today           (KartuRecordList  *self);
char       *kartu_record_list_dup_effective_today (KartuRecordList  *self);
void        kartu_record_list_set_today           (KartuRecordList  *self,
                                                   const char       *today);

G_END_DECLS
