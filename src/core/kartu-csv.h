/* kartu-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KARTU_CSV_ERROR (kartu_csv_error_quark ())

typedef enum
{
  KARTU_CSV_ERROR_INVALID_UTF8,
  KARTU_CSV_ERROR_UNTERMINATED_QUOTE,
  KARTU_CSV_ERROR_BAD_QUOTE,
  KARTU_CSV_ERROR_FIELD_COUNT,
  KARTU_CSV_ERROR_MISSING_COLUMN,
} KartuCsvError;

typedef struct _KartuCsvReader KartuCsvReader;

GQuark          kartu_csv_error_quark          (void);

KartuCsvReader *kartu_csv_reader_new           (GBytes               *bytes);
void            kartu_csv_reader_free          (KartuCsvReader       *self);
void            kartu_csv_reader_set_delimiter (KartuCsvReader       *self,
                                                char                  delimiter);
gboolean        kartu_csv_reader_read_row      (KartuCsvReader       *self,
                                                GStrv                *fields,
                                                GError              **error);
guint           kartu_csv_reader_get_line      (KartuCsvReader       *self);

int             kartu_csv_find_column          (const char * const   *header,
                                                const char           *name);

void            kartu_csv_append_field         (GString              *out,
                                                const char           *field,
                                                char                  delimiter);
void            kartu_csv_append_row           (GString              *out,
                                                const char * const   *fields,
                                                gsize                 n_fields,
                                                char                  delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KartuCsvReader, kartu_csv_reader_free)

G_END_DECLS
