/* test-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kartu-csv.h"

/* Records are separated by '|' and fields by '^' in the expectations, so that they
 * can hold commas, quotes and line breaks. */
typedef struct
{
  const char *name;
  const char *input;
  const char *expected;
} ParseCase;

static const ParseCase parse_cases[] = {
  { "empty",               "",                                   "" },
  { "only-line-ends",      "\r\n\n\r\n",                         "" },
  { "simple",              "a,b,c\n1,2,3\n",                     "a^b^c|1^2^3" },
  { "no-final-newline",    "a,b\n1,2",                           "a^b|1^2" },
  { "crlf",                "a,b\r\n1,2\r\n",                     "a^b|1^2" },
  { "lone-cr",             "a,b\r1,2\r",                         "a^b|1^2" },
  { "empty-fields",        "a,,c\n,,\n",                         "a^^c|^^" },
  { "trailing-delimiter",  "a,b,\n1,2,",                         "a^b^|1^2^" },
  { "quoted-comma", "name,place\n\"Vilnius, Old Town\",x\n", "name^place|Vilnius, Old Town^x" },
  { "doubled-quotes",      "a\n\"She said \"\"labas\"\"\"\n",    "a|She said \"labas\"" },
  { "embedded-lf",         "a,b\n\"line 1\nline 2\",z\n",         "a^b|line 1\nline 2^z" },
  { "embedded-crlf",       "a,b\r\n\"x\r\ny\",z\r\n",             "a^b|x\r\ny^z" },
  { "empty-quoted",        "a,b\n\"\",\"\"\n",                   "a^b|^" },
  { "only-quotes",         "a\n\"\"\"\"\n",                      "a|\"" },
  { "blank-lines-skipped", "a,b\n\n1,2\n\n\n3,4\n",              "a^b|1^2|3^4" },
  { "bom",                 "\xEF\xBB\xBF" "code,name\nLT-57,Vilnius\n", "code^name|LT-57^Vilnius" },
  { "utf8", "name\nŠalčininkai\nВисагинас\nবগুড়া\n", "name|Šalčininkai|Висагинас|বগুড়া" },
  { "spaces-kept",         " a , b \n",                          " a ^ b " },
};

static char *
read_all (const char *input,
          char        delimiter,
          GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (input, strlen (input));
  g_autoptr(KartuCsvReader) reader = kartu_csv_reader_new (bytes);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean first = TRUE;

  kartu_csv_reader_set_delimiter (reader, delimiter);

  for (;;)
    {
      g_auto(GStrv) row = NULL;

      if (!kartu_csv_reader_read_row (reader, &row, error))
        return NULL;
      if (row == NULL)
        break;

      if (!first)
        g_string_append_c (out, '|');
      first = FALSE;

      for (guint i = 0; row [i] != NULL; i++)
        {
          if (i > 0)
            g_string_append_c (out, '^');
          g_string_append (out, row [i]);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_parse (gconstpointer data)
{
  const ParseCase *test = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *result = read_all (test->input, ',', &error);

  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, test->expected);
}

static void
test_semicolon (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *result = read_all ("suma;pavadinimas\n\"1,50\";Trakai\n", ';', &error);

  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, "suma^pavadinimas|1,50^Trakai");
}

typedef struct
{
  const char   *name;
  const char   *input;
  KartuCsvError code;
  const char   *line;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "unterminated", "a,b\n1,2\n\"open,3\n", KARTU_CSV_ERROR_UNTERMINATED_QUOTE, "line 3" },
  { "text-after-quote", "a,b\n\"x\"y,2\n", KARTU_CSV_ERROR_BAD_QUOTE, "Line 2" },
  { "quote-in-plain", "a,b\n1,2\nab\"c,3\n", KARTU_CSV_ERROR_BAD_QUOTE, "Line 3" },
  { "too-few-fields", "a,b,c\n1,2,3\n4,5\n", KARTU_CSV_ERROR_FIELD_COUNT, "Line 3" },
  { "too-many-fields", "a,b\n1,2,3\n", KARTU_CSV_ERROR_FIELD_COUNT, "Line 2" },
  { "count-after-newline", "a,b\n\"x\ny\",2\n1\n", KARTU_CSV_ERROR_FIELD_COUNT, "Line 4" },
  { "invalid-utf8", "a,b\nok,fine\nbad,\xC5\x28\n", KARTU_CSV_ERROR_INVALID_UTF8, "Line 3" },
  { "latin1", "name\nVilnius\n\xA9iauliai\n", KARTU_CSV_ERROR_INVALID_UTF8, "Line 3" },
  { "nul-byte", "a\nx\n", KARTU_CSV_ERROR_INVALID_UTF8, "Line 2" },
};

static void
test_error (gconstpointer data)
{
  const ErrorCase *test = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KartuCsvReader) reader = NULL;
  g_autofree char *result = NULL;
  gsize len = strlen (test->input);
  g_autofree char *input = g_strdup (test->input);

  /* A NUL cannot live in a C string literal, so "nul-byte" gets one here. */
  if (g_str_equal (test->name, "nul-byte"))
    input [3] = '\0';

  bytes = g_bytes_new (input, len);
  reader = kartu_csv_reader_new (bytes);

  for (;;)
    {
      g_auto(GStrv) row = NULL;

      if (!kartu_csv_reader_read_row (reader, &row, &error))
        break;
      g_assert_nonnull (row);
    }

  g_assert_error (error, KARTU_CSV_ERROR, (int)test->code);
  g_assert_nonnull (strstr (error->message, test->line));

  /* The reader stays failed. */
  {
    g_auto(GStrv) row = NULL;

    g_assert_false (kartu_csv_reader_read_row (reader, &row, &again));
    g_assert_null (row);
    g_assert_error (again, KARTU_CSV_ERROR, (int)test->code);
  }
}

static void
test_line_numbers (void)
{
  const char *input = "a,b\n\"multi\nline\",x\n\nlast,y\n";
  g_autoptr(GBytes) bytes = g_bytes_new (input, strlen (input));
  g_autoptr(KartuCsvReader) reader = kartu_csv_reader_new (bytes);
  const guint expected[] = { 1, 2, 5 };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) row = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (kartu_csv_reader_read_row (reader, &row, &error));
      g_assert_no_error (error);
      g_assert_nonnull (row);
      g_assert_cmpuint (kartu_csv_reader_get_line (reader), ==, expected [i]);
    }
}

typedef struct
{
  const char *field;
  const char *written;
} FieldCase;

static const FieldCase field_cases[] = {
  { NULL,                 "" },
  { "",                   "" },
  { "plain",              "plain" },
  { "Šalčininkai",        "Šalčininkai" },
  { "a,b",                "\"a,b\"" },
  { "say \"hi\"",         "\"say \"\"hi\"\"\"" },
  { "two\nlines",         "\"two\nlines\"" },
  { "cr\rhere",           "\"cr\rhere\"" },
  { " padded",            "\" padded\"" },
  { "padded ",            "\"padded \"" },
  { "semi;colon",         "semi;colon" },
};

static void
test_write_fields (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      kartu_csv_append_field (out, field_cases [i].field, ',');
      g_assert_cmpstr (out->str, ==, field_cases [i].written);
    }
}

/* Whatever the writer writes, the reader reads back unchanged. */
static void
test_round_trip (void)
{
  const char *rows[][4] = {
    { "code", "name", "note", "empty" },
    { "LT-42", "Šalčininkai District, \"Polish\" south", "line 1\r\nline 2", NULL },
    { "", " spaced ", "\"", "," },
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KartuCsvReader) reader = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    kartu_csv_append_row (out, rows [i], G_N_ELEMENTS (rows [i]), ',');
  g_assert_true (g_str_has_suffix (out->str, "\r\n"));

  bytes = g_bytes_new (out->str, out->len);
  reader = kartu_csv_reader_new (bytes);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto(GStrv) row = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (kartu_csv_reader_read_row (reader, &row, &error));
      g_assert_no_error (error);
      g_assert_nonnull (row);
      g_assert_cmpuint (g_strv_length (row), ==, 4);
      for (guint j = 0; j < 4; j++)
        g_assert_cmpstr (row [j], ==, rows [i][j] != NULL ? rows [i][j] : "");
    }

  {
    g_auto(GStrv) row = NULL;

    g_assert_true (kartu_csv_reader_read_row (reader, &row, NULL));
    g_assert_null (row);
  }
}

static void
test_single_empty_field (void)
{
  const char *empty[] = { "" };
  g_autoptr(GString) out = g_string_new ("header\r\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;

  kartu_csv_append_row (out, empty, 1, ',');
  result = read_all (out->str, ',', &error);

  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, "header|");
}

static void
test_find_column (void)
{
  const char *header[] = { "code", " Name ", "LATITUDE", NULL };

  g_assert_cmpint (kartu_csv_find_column (header, "code"), ==, 0);
  g_assert_cmpint (kartu_csv_find_column (header, "name"), ==, 1);
  g_assert_cmpint (kartu_csv_find_column (header, "latitude"), ==, 2);
  g_assert_cmpint (kartu_csv_find_column (header, "longitude"), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/parse/%s", parse_cases [i].name);

      g_test_add_data_func (path, &parse_cases [i], test_parse);
    }

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/error/%s", error_cases [i].name);

      g_test_add_data_func (path, &error_cases [i], test_error);
    }

  g_test_add_func ("/csv/semicolon", test_semicolon);
  g_test_add_func ("/csv/line-numbers", test_line_numbers);
  g_test_add_func ("/csv/write-fields", test_write_fields);
  g_test_add_func ("/csv/round-trip", test_round_trip);
  g_test_add_func ("/csv/single-empty-field", test_single_empty_field);
  g_test_add_func ("/csv/find-column", test_find_column);

  return g_test_run ();
}
