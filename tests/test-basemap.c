/* test-basemap.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kartu-basemap.h"
#include "kartu-mercator.h"

#define TILE_SIZE 256

/* ---- Web Mercator ---- */

static void
test_mercator_known_values (void)
{
  double x, y;

  kartu_mercator_project (0, 0, 0, 256, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 128, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 128, 1e-9);

  kartu_mercator_project (KARTU_MERCATOR_MAX_LATITUDE, -180, 3, 256, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-6);

  kartu_mercator_project (-KARTU_MERCATOR_MAX_LATITUDE, 180, 3, 512, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 512 * 8, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 512 * 8, 1e-6);

  /* OpenStreetMap's tile for Berlin (Brandenburg Gate) at zoom 10 is 550/335. */
  kartu_mercator_project (52.5163, 13.3777, 10, 256, &x, &y);
  g_assert_cmpint ((int) floor (x / 256), ==, 550);
  g_assert_cmpint ((int) floor (y / 256), ==, 335);

  /* Fractional zoom levels scale continuously. */
  {
    double x7, y7, x75, y75;

    kartu_mercator_project (54.6872, 25.2797, 7, 256, &x7, &y7);
    kartu_mercator_project (54.6872, 25.2797, 7.5, 256, &x75, &y75);
    g_assert_cmpfloat_with_epsilon (x75 / x7, M_SQRT2, 1e-12);
    g_assert_cmpfloat_with_epsilon (y75 / y7, M_SQRT2, 1e-12);
  }
}

static void
test_mercator_round_trip (void)
{
  static const struct {
    const char *place;
    double      latitude;
    double      longitude;
    double      expected_latitude;
  } cases[] = {
    { "Vilnius", 54.6872, 25.2797, 54.6872 },
    { "Riga", 56.9496, 24.1052, 56.9496 },
    { "Tirana", 41.3275, 19.8187, 41.3275 },
    { "Dhaka", 23.8103, 90.4125, 23.8103 },
    { "Null Island", 0.0, 0.0, 0.0 },
    { "Ushuaia", -54.8019, -68.3030, -54.8019 },
    { "antimeridian", 65.0, 180.0, 65.0 },
    { "north pole", 90.0, 0.0, KARTU_MERCATOR_MAX_LATITUDE },
    { "south pole", -90.0, 45.0, -KARTU_MERCATOR_MAX_LATITUDE },
  };
  static const double zooms[] = { 0, 3, 7, 7.25, 12, 18 };
  static const guint tile_sizes[] = { 256, 512 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
      for (guint s = 0; s < G_N_ELEMENTS (tile_sizes); s++)
        {
          double x, y, latitude, longitude;
          double world = tile_sizes[s] * exp2 (zooms[z]);

          kartu_mercator_project (cases[i].latitude, cases[i].longitude,
                                  zooms[z], tile_sizes[s], &x, &y);
          g_assert_cmpfloat (x, >=, 0);
          g_assert_cmpfloat (x, <=, world);
          g_assert_cmpfloat (y, >=, 0);
          g_assert_cmpfloat (y, <=, world);

          kartu_mercator_unproject (x, y, zooms[z], tile_sizes[s], &latitude, &longitude);
          if (fabs (latitude - cases[i].expected_latitude) > 1e-9
              || fabs (longitude - cases[i].longitude) > 1e-9)
            g_error ("%s at zoom %g, tile size %u: %.12f, %.12f came back as %.12f, %.12f",
                     cases[i].place, zooms[z], tile_sizes[s],
                     cases[i].latitude, cases[i].longitude, latitude, longitude);
        }
}

static void
test_mercator_unproject_clamps_rows (void)
{
  double latitude, longitude;

  kartu_mercator_unproject (128, -500, 0, 256, &latitude, &longitude);
  g_assert_cmpfloat_with_epsilon (latitude, KARTU_MERCATOR_MAX_LATITUDE, 1e-9);
  g_assert_cmpfloat_with_epsilon (longitude, 0, 1e-9);

  kartu_mercator_unproject (128, 1e6, 0, 256, &latitude, &longitude);
  g_assert_cmpfloat_with_epsilon (latitude, -KARTU_MERCATOR_MAX_LATITUDE, 1e-9);

  /* Columns are left alone, so that a wrapping map can go round the world. */
  kartu_mercator_unproject (256 + 64, 128, 0, 256, &latitude, &longitude);
  g_assert_cmpfloat_with_epsilon (longitude, 270, 1e-9);
}

/* ---- the file format ---- */

static GBytes *
shipped_bytes (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data ("/io/github/kartu/Kartu/core/geo/basemap.bin",
                                           G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return bytes;
}

static guint32
get_u32 (const guint8 *data,
         gsize         offset)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return GUINT32_FROM_LE (value);
}

static void
put_u32 (guint8  *data,
         gsize    offset,
         guint32  value)
{
  value = GUINT32_TO_LE (value);
  memcpy (data + offset, &value, sizeof value);
}

static void
assert_refused (const guint8 *data,
                gsize         size,
                gint          code,
                const char   *what)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuBasemap) basemap = kartu_basemap_new_from_bytes (bytes, &error);

  if (basemap != NULL)
    g_error ("%s: corrupt basemap was accepted", what);
  g_assert_error (error, KARTU_BASEMAP_ERROR, code);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_format_shipped_file (void)
{
  g_autoptr(GBytes) bytes = shipped_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuBasemap) basemap = NULL;
  const guint8 *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpmem (data, 4, "KBM1", 4);
  g_assert_cmpuint (get_u32 (data, 16), ==, size);
  /* The file is committed to git and compiled into the program: keep it small. */
  g_assert_cmpuint (size, <, 2 * 1024 * 1024);

  basemap = kartu_basemap_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (KARTU_IS_BASEMAP (basemap));
}

static void
test_format_truncated (void)
{
  g_autoptr(GBytes) bytes = shipped_bytes ();
  const guint8 *data;
  gsize size;
  const gsize lengths[] = { 0, 3, 4, 23, 24, 48, 4096 };

  data = g_bytes_get_data (bytes, &size);

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    assert_refused (data, lengths[i], KARTU_BASEMAP_ERROR_INVALID, "truncated");
  assert_refused (data, size / 2, KARTU_BASEMAP_ERROR_INVALID, "half");
  assert_refused (data, size - 4, KARTU_BASEMAP_ERROR_INVALID, "one word short");

  /* A header that agrees with the shorter length still cannot hide the missing data. */
  {
    g_autofree guint8 *copy = g_memdup2 (data, size / 2 & ~(gsize) 3);

    put_u32 (copy, 16, size / 2 & ~(gsize) 3);
    assert_refused (copy, size / 2 & ~(gsize) 3, KARTU_BASEMAP_ERROR_INVALID,
                    "truncated with a matching header");
  }
}

typedef void (*Corruption) (guint8 *data, gsize size);

static void
corrupt_magic (guint8 *data, gsize size)
{
  data[0] = 'P';
}

static void
corrupt_size (guint8 *data, gsize size)
{
  put_u32 (data, 16, size + 8);
}

static void
corrupt_world_bits (guint8 *data, gsize size)
{
  put_u32 (data, 8, 31);
}

static void
corrupt_section_count (guint8 *data, gsize size)
{
  put_u32 (data, 12, 1000000);
}

static void
corrupt_section_kind (guint8 *data, gsize size)
{
  put_u32 (data, 24, 7);
}

static void
corrupt_ring_count (guint8 *data, gsize size)
{
  put_u32 (data, 24 + 8, 0x10000000);
}

static void
corrupt_rings_offset (guint8 *data, gsize size)
{
  put_u32 (data, 24 + 12, size - 8);
}

static void
corrupt_points_offset_alignment (guint8 *data, gsize size)
{
  put_u32 (data, 24 + 20, get_u32 (data, 24 + 20) + 2);
}

/* The first ring of the first section: its bounding box, then first and count. */
static gsize
first_ring (const guint8 *data)
{
  return get_u32 (data, 24 + 12);
}

static void
corrupt_ring_point_range (guint8 *data, gsize size)
{
  put_u32 (data, first_ring (data) + 20, get_u32 (data, 24 + 16) + 1);
}

static void
corrupt_ring_too_short (guint8 *data, gsize size)
{
  put_u32 (data, first_ring (data) + 20, 2);
}

static void
corrupt_ring_bbox_inverted (guint8 *data, gsize size)
{
  guint32 x0 = get_u32 (data, first_ring (data));
  guint32 x1 = get_u32 (data, first_ring (data) + 8);

  put_u32 (data, first_ring (data), x1 + 1);
  put_u32 (data, first_ring (data) + 8, x0);
}

static void
corrupt_ring_bbox_outside_world (guint8 *data, gsize size)
{
  put_u32 (data, first_ring (data) + 12, (1u << 30) + 1);
}

static void
corrupt_point_outside_bbox (guint8 *data, gsize size)
{
  gsize ring = first_ring (data);
  gsize points = get_u32 (data, 24 + 20);
  guint32 first = get_u32 (data, ring + 16);
  guint32 x1 = get_u32 (data, ring + 8);

  put_u32 (data, points + 8 * first, x1 + 1);
}

static void
test_format_corrupt (void)
{
  static const struct {
    const char *what;
    Corruption  corrupt;
    gint        code;
  } cases[] = {
    { "magic", corrupt_magic, KARTU_BASEMAP_ERROR_INVALID },
    { "declared size", corrupt_size, KARTU_BASEMAP_ERROR_INVALID },
    { "world bits", corrupt_world_bits, KARTU_BASEMAP_ERROR_INVALID },
    { "section count", corrupt_section_count, KARTU_BASEMAP_ERROR_INVALID },
    { "section kind", corrupt_section_kind, KARTU_BASEMAP_ERROR_INVALID },
    { "ring count", corrupt_ring_count, KARTU_BASEMAP_ERROR_INVALID },
    { "rings offset", corrupt_rings_offset, KARTU_BASEMAP_ERROR_INVALID },
    { "points alignment", corrupt_points_offset_alignment, KARTU_BASEMAP_ERROR_INVALID },
    { "ring point range", corrupt_ring_point_range, KARTU_BASEMAP_ERROR_INVALID },
    { "ring too short", corrupt_ring_too_short, KARTU_BASEMAP_ERROR_INVALID },
    { "inverted box", corrupt_ring_bbox_inverted, KARTU_BASEMAP_ERROR_INVALID },
    { "box outside the world", corrupt_ring_bbox_outside_world, KARTU_BASEMAP_ERROR_INVALID },
    { "point outside its box", corrupt_point_outside_bbox, KARTU_BASEMAP_ERROR_INVALID },
  };
  g_autoptr(GBytes) bytes = shipped_bytes ();
  const guint8 *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree guint8 *copy = g_memdup2 (data, size);

      cases[i].corrupt (copy, size);
      assert_refused (copy, size, cases[i].code, cases[i].what);
    }

  /* A newer format is named as such, not as garbage. */
  {
    g_autofree guint8 *copy = g_memdup2 (data, size);

    put_u32 (copy, 4, 2);
    assert_refused (copy, size, KARTU_BASEMAP_ERROR_UNSUPPORTED_VERSION, "version");
  }
}

/* The smallest valid file: one land square over the middle of the world. */
static void
test_format_minimal (void)
{
  static const gint32 square[][2] = {
    { 1 << 28, 1 << 28 }, { 3 << 28, 1 << 28 }, { 3 << 28, 3 << 28 }, { 1 << 28, 3 << 28 },
  };
  gsize size = 24 + 24 + 24 + sizeof square;
  g_autofree guint8 *data = g_malloc0 (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KartuBasemap) basemap = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 land = kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_LIGHT, KARTU_BASEMAP_FEATURE_LAND);
  guint32 sea = kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_LIGHT, KARTU_BASEMAP_FEATURE_SEA);
  guint32 *pixels;
  int stride;

  memcpy (data, "KBM1", 4);
  put_u32 (data, 4, 1);
  put_u32 (data, 8, 30);
  put_u32 (data, 12, 1);
  put_u32 (data, 16, size);
  /* Section: land, 1:50m, one ring at 48, four points at 72. */
  put_u32 (data, 24, 1);
  put_u32 (data, 28, 50);
  put_u32 (data, 32, 1);
  put_u32 (data, 36, 48);
  put_u32 (data, 40, 4);
  put_u32 (data, 44, 72);
  put_u32 (data, 48, 1 << 28);
  put_u32 (data, 52, 1 << 28);
  put_u32 (data, 56, 3 << 28);
  put_u32 (data, 60, 3 << 28);
  put_u32 (data, 64, 0);
  put_u32 (data, 68, 4);
  for (guint i = 0; i < G_N_ELEMENTS (square); i++)
    {
      put_u32 (data, 72 + 8 * i, square[i][0]);
      put_u32 (data, 76 + 8 * i, square[i][1]);
    }

  bytes = g_bytes_new (data, size);
  basemap = kartu_basemap_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, TILE_SIZE, TILE_SIZE);
  cr = cairo_create (surface);
  kartu_basemap_render_tile (basemap, cr, 0, 0, 0, TILE_SIZE, KARTU_BASEMAP_STYLE_LIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = (guint32 *) (gpointer) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  /* The square covers pixels 64–192 of the zoom-0 tile. */
  g_assert_cmphex (pixels[10 * stride + 10] & 0xffffff, ==, sea);
  g_assert_cmphex (pixels[128 * stride + 128] & 0xffffff, ==, land);
  g_assert_cmphex (pixels[66 * stride + 66] & 0xffffff, ==, land);
  g_assert_cmphex (pixels[62 * stride + 128] & 0xffffff, ==, sea);
  g_assert_cmphex (pixels[128 * stride + 194] & 0xffffff, ==, sea);

  cairo_surface_destroy (surface);
}

/* ---- loading ---- */

static gpointer
get_default_thread (gpointer data)
{
  return kartu_basemap_get_default ();
}

static void
test_default_is_shared (void)
{
  GThread *threads[4];
  KartuBasemap *first = NULL;

  /* Runs first, so that the threads race to load it. */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("basemap", get_default_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      KartuBasemap *basemap = g_thread_join (threads[i]);

      g_assert_true (KARTU_IS_BASEMAP (basemap));
      if (first == NULL)
        first = basemap;
      g_assert_true (basemap == first);
    }

  g_assert_true (kartu_basemap_get_default () == first);
}

/* ---- drawing ---- */

typedef struct
{
  cairo_surface_t *surface;
  /* The place's pixel inside the tile. */
  int              px;
  int              py;
} Rendered;

static void
rendered_clear (Rendered *r)
{
  g_clear_pointer (&r->surface, cairo_surface_destroy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Rendered, rendered_clear)

static void
render_at (Rendered          *r,
           double             latitude,
           double             longitude,
           guint              zoom,
           KartuBasemapStyle  style)
{
  cairo_t *cr;
  double x, y;
  guint tx, ty;

  kartu_mercator_project (latitude, longitude, zoom, TILE_SIZE, &x, &y);
  tx = (guint) floor (x / TILE_SIZE);
  ty = (guint) floor (y / TILE_SIZE);
  r->px = (int) floor (x - tx * TILE_SIZE);
  r->py = (int) floor (y - ty * TILE_SIZE);

  r->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, TILE_SIZE, TILE_SIZE);
  cr = cairo_create (r->surface);
  kartu_basemap_render_tile (kartu_basemap_get_default (), cr, zoom, tx, ty, TILE_SIZE, style);
  cairo_destroy (cr);
  cairo_surface_flush (r->surface);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  memcpy (&argb, data + (gsize) y * stride + (gsize) x * 4, sizeof argb);
  /* Every pixel of a tile is opaque. */
  g_assert_cmphex (argb >> 24, ==, 0xff);
  return argb & 0xffffff;
}

static void
test_render_places (void)
{
  static const struct {
    const char          *place;
    double               latitude;
    double               longitude;
    guint                zoom;
    KartuBasemapFeature  expected;
  } cases[] = {
    { "Vilnius", 54.6872, 25.2797, 7, KARTU_BASEMAP_FEATURE_LAND },
    { "Riga", 56.9496, 24.1052, 7, KARTU_BASEMAP_FEATURE_LAND },
    { "Baltic Sea", 55.5, 20.0, 7, KARTU_BASEMAP_FEATURE_SEA },
    { "Gulf of Riga", 57.6, 23.6, 7, KARTU_BASEMAP_FEATURE_SEA },
    { "open sea west of Klaipėda", 55.7, 20.8, 8, KARTU_BASEMAP_FEATURE_SEA },
    { "Curonian Lagoon", 55.3, 21.15, 8, KARTU_BASEMAP_FEATURE_SEA },
    { "Curonian Spit", 55.3, 20.972, 9, KARTU_BASEMAP_FEATURE_LAND },
    { "Dhaka", 23.8103, 90.4125, 7, KARTU_BASEMAP_FEATURE_LAND },
    { "Bay of Bengal", 21.0, 90.0, 7, KARTU_BASEMAP_FEATURE_SEA },
    { "Tirana", 41.3275, 19.8187, 7, KARTU_BASEMAP_FEATURE_LAND },
    { "Adriatic off Durrës", 41.3, 19.2, 8, KARTU_BASEMAP_FEATURE_SEA },
    { "Australia, whole world", -25.0, 134.0, 0, KARTU_BASEMAP_FEATURE_LAND },
    { "Pacific, whole world", 0.0, -150.0, 0, KARTU_BASEMAP_FEATURE_SEA },
    { "Paris, outside the detail regions", 48.8566, 2.3522, 6, KARTU_BASEMAP_FEATURE_LAND },
    { "Bay of Biscay", 45.5, -4.0, 6, KARTU_BASEMAP_FEATURE_SEA },
  };
  static const KartuBasemapStyle styles[] = { KARTU_BASEMAP_STYLE_LIGHT, KARTU_BASEMAP_STYLE_DARK };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      {
        g_auto(Rendered) r = { NULL };
        guint32 expected = kartu_basemap_style_get_rgb (styles[s], cases[i].expected);
        guint32 got;

        render_at (&r, cases[i].latitude, cases[i].longitude, cases[i].zoom, styles[s]);
        got = pixel_at (r.surface, r.px, r.py);
        if (got != expected)
          g_error ("%s (style %d): pixel %d,%d is #%06x, expected #%06x",
                   cases[i].place, styles[s], r.px, r.py, got, expected);
      }
}

/* How far (0–1) a pixel has gone from land colour towards border colour. */
static double
borderness (guint32 pixel)
{
  guint32 land = kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_LIGHT, KARTU_BASEMAP_FEATURE_LAND);
  guint32 border = kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_LIGHT, KARTU_BASEMAP_FEATURE_BORDER);
  double total = 0;

  for (guint shift = 0; shift <= 16; shift += 8)
    {
      double l = (land >> shift) & 0xff;
      double b = (border >> shift) & 0xff;
      double p = (pixel >> shift) & 0xff;

      total += (l - p) / (l - b);
    }

  return total / 3;
}

static void
test_render_border (void)
{
  g_auto(Rendered) r = { NULL };
  double best = 0;
  int best_dy = 0;

  /* Natural Earth's Lithuania–Latvia border crosses 24° E at about 56.305° N. */
  render_at (&r, 56.305, 24.0, 8, KARTU_BASEMAP_STYLE_LIGHT);

  for (int dy = -3; dy <= 3; dy++)
    {
      double b = borderness (pixel_at (r.surface, r.px, r.py + dy));

      if (b > best)
        {
          best = b;
          best_dy = dy;
        }
    }

  /* A one-pixel line covers at least half of some pixel in every column it crosses. */
  if (best < 0.45)
    g_error ("no border pixel near %d,%d (best %.2f at dy %d)", r.px, r.py, best, best_dy);

  /* Ten pixels away on either side is plain land. */
  g_assert_cmphex (pixel_at (r.surface, r.px, r.py - 10), ==,
                   kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_LIGHT,
                                                KARTU_BASEMAP_FEATURE_LAND));
  g_assert_cmphex (pixel_at (r.surface, r.px, r.py + 10), ==,
                   kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_LIGHT,
                                                KARTU_BASEMAP_FEATURE_LAND));
}

static gboolean
surfaces_equal (cairo_surface_t *a,
                cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (gsize) stride * TILE_SIZE) == 0;
}

static void
test_render_dark_differs (void)
{
  g_auto(Rendered) light = { NULL };
  g_auto(Rendered) dark = { NULL };

  render_at (&light, 54.6872, 25.2797, 7, KARTU_BASEMAP_STYLE_LIGHT);
  render_at (&dark, 54.6872, 25.2797, 7, KARTU_BASEMAP_STYLE_DARK);

  g_assert_false (surfaces_equal (light.surface, dark.surface));
  g_assert_cmphex (pixel_at (dark.surface, dark.px, dark.py), ==,
                   kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_DARK,
                                                KARTU_BASEMAP_FEATURE_LAND));
  g_assert_cmphex (kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_DARK, KARTU_BASEMAP_FEATURE_LAND), !=,
                   kartu_basemap_style_get_rgb (KARTU_BASEMAP_STYLE_LIGHT, KARTU_BASEMAP_FEATURE_LAND));
}

/* Neighbouring tiles must meet: the last column of one continues into the first of the next. */
static void
test_render_tiles_meet (void)
{
  g_auto(Rendered) left = { NULL };
  g_auto(Rendered) right = { NULL };
  double x, y, latitude, longitude;
  int differing = 0;

  /* A tile edge that crosses the Lithuanian coast and the Curonian Lagoon. */
  kartu_mercator_project (55.3, 21.15, 8, TILE_SIZE, &x, &y);
  render_at (&left, 55.3, 21.15, 8, KARTU_BASEMAP_STYLE_LIGHT);
  kartu_mercator_unproject ((floor (x / TILE_SIZE) + 1) * TILE_SIZE + 0.5, y, 8, TILE_SIZE,
                            &latitude, &longitude);
  render_at (&right, latitude, longitude, 8, KARTU_BASEMAP_STYLE_LIGHT);
  g_assert_cmpint (right.px, ==, 0);

  for (int row = 0; row < TILE_SIZE; row++)
    if (pixel_at (left.surface, TILE_SIZE - 1, row) != pixel_at (right.surface, 0, row))
      differing++;

  /* Only rows where a coastline or border passes between the two columns may differ. */
  g_assert_cmpint (differing, <, TILE_SIZE / 10);
}

/* A larger area, offset by whole pixels, draws exactly what the tiles inside it draw. */
static void
test_render_area_matches_tiles (void)
{
  KartuBasemap *basemap = kartu_basemap_get_default ();
  cairo_surface_t *area = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                      2 * TILE_SIZE + 2, TILE_SIZE + 2);
  cairo_t *cr = cairo_create (area);
  const guint8 *area_data;
  int area_stride;

  /* Tiles 72/40 and 73/40 at zoom 7 (Lithuania), plus a pixel all round. */
  kartu_basemap_render_area (basemap, cr, 7, TILE_SIZE, 72.0 * TILE_SIZE - 1, 40.0 * TILE_SIZE - 1,
                             2 * TILE_SIZE + 2, TILE_SIZE + 2, KARTU_BASEMAP_STYLE_LIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (area);
  area_data = cairo_image_surface_get_data (area);
  area_stride = cairo_image_surface_get_stride (area);

  for (guint i = 0; i < 2; i++)
    {
      cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, TILE_SIZE, TILE_SIZE);
      const guint8 *tile_data;
      int tile_stride;

      cr = cairo_create (tile);
      kartu_basemap_render_tile (basemap, cr, 7, 72 + i, 40, TILE_SIZE, KARTU_BASEMAP_STYLE_LIGHT);
      cairo_destroy (cr);
      cairo_surface_flush (tile);
      tile_data = cairo_image_surface_get_data (tile);
      tile_stride = cairo_image_surface_get_stride (tile);

      for (int row = 0; row < TILE_SIZE; row++)
        g_assert_cmpmem (tile_data + (gsize) row * tile_stride, TILE_SIZE * 4,
                         area_data + (gsize) (row + 1) * area_stride + (1 + i * TILE_SIZE) * 4,
                         TILE_SIZE * 4);

      cairo_surface_destroy (tile);
    }

  cairo_surface_destroy (area);
}

typedef struct
{
  guint            zoom;
  guint            x;
  guint            y;
  cairo_surface_t *surface;
} RenderJob;

static gpointer
render_job_thread (gpointer data)
{
  RenderJob *job = data;
  cairo_t *cr;

  job->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, TILE_SIZE, TILE_SIZE);
  cr = cairo_create (job->surface);
  for (guint i = 0; i < 5; i++)
    kartu_basemap_render_tile (kartu_basemap_get_default (), cr, job->zoom, job->x, job->y,
                               TILE_SIZE, KARTU_BASEMAP_STYLE_LIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (job->surface);
  return NULL;
}

static void
test_render_threads (void)
{
  RenderJob jobs[8];
  GThread *threads[G_N_ELEMENTS (jobs)];

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      /* Two tiles, each drawn by four threads at once. */
      jobs[i] = (RenderJob) { 7, i % 2 ? 72 : 73, 40, NULL };
      threads[i] = g_thread_new ("render", render_job_thread, &jobs[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    g_thread_join (threads[i]);

  for (guint i = 2; i < G_N_ELEMENTS (jobs); i++)
    g_assert_true (surfaces_equal (jobs[i].surface, jobs[i % 2].surface));
  g_assert_false (surfaces_equal (jobs[0].surface, jobs[1].surface));

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    cairo_surface_destroy (jobs[i].surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/basemap/default-is-shared", test_default_is_shared);
  g_test_add_func ("/basemap/mercator/known-values", test_mercator_known_values);
  g_test_add_func ("/basemap/mercator/round-trip", test_mercator_round_trip);
  g_test_add_func ("/basemap/mercator/unproject-clamps-rows", test_mercator_unproject_clamps_rows);
  g_test_add_func ("/basemap/format/shipped-file", test_format_shipped_file);
  g_test_add_func ("/basemap/format/truncated", test_format_truncated);
  g_test_add_func ("/basemap/format/corrupt", test_format_corrupt);
  g_test_add_func ("/basemap/format/minimal", test_format_minimal);
  g_test_add_func ("/basemap/render/places", test_render_places);
  g_test_add_func ("/basemap/render/border", test_render_border);
  g_test_add_func ("/basemap/render/dark-differs", test_render_dark_differs);
  g_test_add_func ("/basemap/render/tiles-meet", test_render_tiles_meet);
  g_test_add_func ("/basemap/render/area-matches-tiles", test_render_area_matches_tiles);
  g_test_add_func ("/basemap/render/threads", test_render_threads);

  return g_test_run ();
}
