/* kartu-fold.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-fold"

#include "config.h"

#include <string.h>

#include "kartu-fold.h"

/* Letters with a stroke or other marks that Unicode does not decompose, so that
 * stripping combining marks alone would not reach the base letter. */
static gunichar
fold_undecomposable (gunichar c)
{
  switch (c)
    {
    case 0x0141: case 0x0142: return 'l';   /* Ł ł */
    case 0x0110: case 0x0111: return 'd';   /* Đ đ */
    case 0x00D8: case 0x00F8: return 'o';   /* Ø ø */
    case 0x0131:              return 'i';   /* ı */
    case 0x0126: case 0x0127: return 'h';   /* Ħ ħ */
    default:                  return c;
    }
}

/**
 * kartu_fold:
 * @text: (nullable): UTF-8 text
 *
 * Folds @text for search: case-folded, decomposed, without combining marks,
 * so that “siauliai” is found in “Šiauliai” and “zofija” in “Žofija”. Compare
 * two folded strings with kartu_fold_contains().
 *
 * Returns: (transfer full): the folded text; empty for %NULL or invalid UTF-8
 */
char *
kartu_fold (const char *text)
{
  g_autofree char *casefolded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  casefolded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (casefolded, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK ||
          g_unichar_type (c) == G_UNICODE_ENCLOSING_MARK)
        continue;

      g_string_append_unichar (out, fold_undecomposable (c));
    }

  return g_string_free (out, FALSE);
}

/**
 * kartu_fold_contains:
 * @folded_text: (nullable): text folded with kartu_fold()
 * @folded_query: (nullable): a query folded with kartu_fold()
 *
 * Returns: whether @folded_query occurs in @folded_text; an empty query
 *   occurs everywhere
 */
gboolean
kartu_fold_contains (const char *folded_text,
                     const char *folded_query)
{
  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;

  if (folded_text == NULL)
    return FALSE;

  return strstr (folded_text, folded_query) != NULL;
}
