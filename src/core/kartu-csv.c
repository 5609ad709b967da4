/* kartu-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kartu-csv.h"

/* An RFC 4180 reader: fields separated by a delimiter (a comma unless told otherwise),
 * records by CRLF, LF or a lone CR; a field in double quotes may hold delimiters,
 * line breaks and doubled quotes. Blank lines between records are skipped, and every
 * record must have as many fields as the first one. */

struct _KartuCsvReader
{
  GBytes     *bytes;
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  guint       row_line;
  guint       n_columns;
  char        delimiter;
  gboolean    validated;
  GError     *failure;
};

G_DEFINE_QUARK (kartu-csv-error-quark, kartu_csv_error)

/**
 * kartu_csv_reader_new:
 * @bytes: the CSV text, in UTF-8 (an initial byte order mark is skipped)
 *
 * Returns: (transfer full): a reader over @bytes, which it keeps a reference to
 */
KartuCsvReader *
kartu_csv_reader_new (GBytes *bytes)
{
  KartuCsvReader *self;

  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_new0 (KartuCsvReader, 1);
  self->bytes = g_bytes_ref (bytes);
  self->data = g_bytes_get_data (bytes, &self->length);
  self->line = 1;
  self->delimiter = ',';

  return self;
}

void
kartu_csv_reader_free (KartuCsvReader *self)
{
  if (self == NULL)
    return;

  g_bytes_unref (self->bytes);
  g_clear_error (&self->failure);
  g_free (self);
}

/* Spreadsheets set to some European locales write ';' instead of ','. */
void
kartu_csv_reader_set_delimiter (KartuCsvReader *self,
                                char            delimiter)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (delimiter != '"' && delimiter != '\r' && delimiter != '\n' &&
                    delimiter != '\0');

  self->delimiter = delimiter;
}

/**
 * kartu_csv_reader_get_line:
 * @self: a reader
 *
 * Returns: the line (counting from 1) on which the last record read began
 */
guint
kartu_csv_reader_get_line (KartuCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->row_line;
}

static guint
count_lines (const char *data,
             gsize       end)
{
  guint line = 1;

  for (gsize i = 0; i < end; i++)
    {
      if (data [i] == '\n')
        line++;
      else if (data [i] == '\r' && (i + 1 >= end || data [i + 1] != '\n'))
        line++;
    }

  return line;
}

static gboolean
fail (KartuCsvReader  *self,
      GError         **error,
      KartuCsvError    code,
      char            *message)
{
  g_set_error_literal (&self->failure, KARTU_CSV_ERROR, code, message);
  g_free (message);

  if (error != NULL)
    *error = g_error_copy (self->failure);

  return FALSE;
}

static gboolean
validate (KartuCsvReader  *self,
          GError         **error)
{
  const char *end = NULL;

  self->validated = TRUE;

  if (self->length >= 3 && memcmp (self->data, "\xEF\xBB\xBF", 3) == 0)
    self->pos = 3;

  if (!g_utf8_validate_len (self->data + self->pos, self->length - self->pos, &end))
    return fail (self, error, KARTU_CSV_ERROR_INVALID_UTF8,
                 g_strdup_printf (_("Line %u is not valid UTF-8 text. Save the file with the "
                                    "UTF-8 encoding and try again."),
                                  count_lines (self->data, end - self->data)));

  return TRUE;
}

static gboolean
consume_line_end (KartuCsvReader *self)
{
  if (self->pos >= self->length)
    return FALSE;

  if (self->data [self->pos] == '\n')
    {
      self->pos++;
      self->line++;
      return TRUE;
    }

  if (self->data [self->pos] == '\r')
    {
      self->pos++;
      if (self->pos < self->length && self->data [self->pos] == '\n')
        self->pos++;
      self->line++;
      return TRUE;
    }

  return FALSE;
}

static gboolean
read_quoted (KartuCsvReader  *self,
             GString         *field,
             GError         **error)
{
  guint start_line = self->line;

  /* Skip the opening quote. */
  self->pos++;

  for (;;)
    {
      char c;

      if (self->pos >= self->length)
        return fail (self, error, KARTU_CSV_ERROR_UNTERMINATED_QUOTE,
                     g_strdup_printf (_("The quoted field that begins on line %u is never "
                                        "closed: a closing quote mark is missing."),
                                      start_line));

      c = self->data [self->pos];

      if (c == '"')
        {
          if (self->pos + 1 < self->length && self->data [self->pos + 1] == '"')
            {
              g_string_append_c (field, '"');
              self->pos += 2;
              continue;
            }

          self->pos++;
          break;
        }

      if (c == '\n' ||
          (c == '\r' && (self->pos + 1 >= self->length || self->data [self->pos + 1] != '\n')))
        self->line++;

      g_string_append_c (field, c);
      self->pos++;
    }

  if (self->pos < self->length)
    {
      char c = self->data [self->pos];

      if (c != self->delimiter && c != '\r' && c != '\n')
        return fail (self, error, KARTU_CSV_ERROR_BAD_QUOTE,
                     g_strdup_printf (_("Line %u has text after the closing quote mark of a "
                                        "field. Quote marks inside a quoted field must be "
                                        "doubled (\"\")."),
                                      self->line));
    }

  return TRUE;
}

static gboolean
read_plain (KartuCsvReader  *self,
            GString         *field,
            GError         **error)
{
  while (self->pos < self->length)
    {
      char c = self->data [self->pos];

      if (c == self->delimiter || c == '\r' || c == '\n')
        break;

      if (c == '"')
        return fail (self, error, KARTU_CSV_ERROR_BAD_QUOTE,
                     g_strdup_printf (_("Line %u has a quote mark inside a field that does not "
                                        "begin with one. Put the whole field in quote marks and "
                                        "double the quote marks inside it (\"\")."),
                                      self->line));

      g_string_append_c (field, c);
      self->pos++;
    }

  return TRUE;
}

/**
 * kartu_csv_reader_read_row:
 * @self: a reader
 * @fields: (out) (transfer full): the fields of the next record, or %NULL at the end
 * @error: a location for a #GError
 *
 * Reads the next record. At the end of the text this returns %TRUE and sets @fields
 * to %NULL. After an error every further call fails with the same error.
 *
 * Returns: %FALSE with @error set if the text is not valid CSV
 */
gboolean
kartu_csv_reader_read_row (KartuCsvReader  *self,
                           GStrv           *fields,
                           GError         **error)
{
  g_autoptr(GPtrArray) row = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *fields = NULL;

  if (self->failure != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->failure);
      return FALSE;
    }

  if (!self->validated && !validate (self, error))
    return FALSE;

  while (consume_line_end (self))
    ;

  if (self->pos >= self->length)
    return TRUE;

  self->row_line = self->line;
  row = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);
      gboolean ok;

      if (self->pos < self->length && self->data [self->pos] == '"')
        ok = read_quoted (self, field, error);
      else
        ok = read_plain (self, field, error);

      if (!ok)
        return FALSE;

      g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE));

      if (self->pos < self->length && self->data [self->pos] == self->delimiter)
        {
          self->pos++;
          continue;
        }

      consume_line_end (self);
      break;
    }

  if (self->n_columns == 0)
    {
      self->n_columns = row->len;
    }
  else if (row->len != self->n_columns)
    {
      return fail (self, error, KARTU_CSV_ERROR_FIELD_COUNT,
                   g_strdup_printf (ngettext ("Line %u has %u field but the first line has %u.",
                                              "Line %u has %u fields but the first line has %u.",
                                              row->len),
                                    self->row_line, row->len, self->n_columns));
    }

  g_ptr_array_add (row, NULL);
  *fields = (GStrv)g_ptr_array_free (g_steal_pointer (&row), FALSE);

  return TRUE;
}

/**
 * kartu_csv_find_column:
 * @header: the fields of a header record
 * @name: a column name
 *
 * Finds a column by name, ignoring ASCII case and surrounding spaces.
 *
 * Returns: the index of the column, or -1
 */
int
kartu_csv_find_column (const char * const *header,
                       const char         *name)
{
  g_return_val_if_fail (header != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  for (int i = 0; header [i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (header [i]));

      if (g_ascii_strcasecmp (stripped, name) == 0)
        return i;
    }

  return -1;
}

/**
 * kartu_csv_append_field:
 * @out: the text to append to
 * @field: (nullable): the field; %NULL is written as an empty field
 * @delimiter: the field delimiter
 *
 * Appends one field, in quotes when it holds the delimiter, a quote mark, a line
 * break, or leading or trailing spaces (which some readers would drop).
 */
void
kartu_csv_append_field (GString    *out,
                        const char *field,
                        char        delimiter)
{
  gsize len;
  gboolean quote;

  g_return_if_fail (out != NULL);

  if (field == NULL || field [0] == '\0')
    return;

  len = strlen (field);
  quote = g_ascii_isspace (field [0]) || g_ascii_isspace (field [len - 1]);
  for (const char *p = field; !quote && *p != '\0'; p++)
    quote = *p == delimiter || *p == '"' || *p == '\r' || *p == '\n';

  if (!quote)
    {
      g_string_append_len (out, field, len);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * kartu_csv_append_row:
 * @out: the text to append to
 * @fields: (array length=n_fields) (nullable): the fields; a %NULL field is written empty
 * @n_fields: the number of fields
 * @delimiter: the field delimiter
 *
 * Appends a record ending in CRLF, as RFC 4180 asks.
 */
void
kartu_csv_append_row (GString            *out,
                      const char * const *fields,
                      gsize               n_fields,
                      char                delimiter)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL || n_fields == 0);

  for (gsize i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, delimiter);
      kartu_csv_append_field (out, fields [i], delimiter);
    }

  /* A record of one empty field would read back as a blank line, which is skipped. */
  if (n_fields == 1 && (fields [0] == NULL || fields [0][0] == '\0'))
    g_string_append (out, "\"\"");

  g_string_append (out, "\r\n");
}
