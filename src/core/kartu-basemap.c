/* kartu-basemap.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-basemap"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kartu-basemap.h"

/* The file format is described in data/geo/basemap/README.md. */

#define BASEMAP_RESOURCE "/io/github/kartu/Kartu/core/geo/basemap.bin"

#define FORMAT_VERSION  1
#define HEADER_SIZE     24
#define SECTION_SIZE    24
#define MAX_SECTIONS    64
#define MIN_WORLD_BITS  8
#define MAX_WORLD_BITS  30

/* Points are rounded to 1/SNAP of a pixel, and repeats dropped: at low zoom levels
 * most of them fall together. Rounding, rather than skipping points close to the
 * previous one, keeps the edges that clipping left along cell boundaries exactly on
 * top of each other, so that they still cancel out instead of showing as slivers. */
#define SNAP            4.0

/* At 256-pixel tiles; scaled with the tile size. */
#define BORDER_WIDTH    1.0

typedef enum
{
  KIND_LAND    = 1,
  KIND_BORDERS = 2,
} Kind;

/* Rings and points are read in place: they mirror the file's 32-bit words. */
typedef struct
{
  gint32  x0;
  gint32  y0;
  gint32  x1;
  gint32  y1;
  guint32 first;
  guint32 count;
} Ring;

typedef struct
{
  gint32 x;
  gint32 y;
} Point;

G_STATIC_ASSERT (sizeof (Ring) == 24);
G_STATIC_ASSERT (sizeof (Point) == 8);

typedef struct
{
  Kind         kind;
  guint        scale;
  const Ring  *rings;
  guint        n_rings;
  const Point *points;
  guint        n_points;
} Section;

struct _KartuBasemap
{
  GObject  parent_instance;

  /* Owns the memory that the sections point into; never changed after loading. */
  GBytes  *bytes;
  guint    world_bits;
  Section *sections;
  guint    n_sections;
};

G_DEFINE_FINAL_TYPE (KartuBasemap, kartu_basemap, G_TYPE_OBJECT)

G_DEFINE_QUARK (kartu-basemap-error-quark, kartu_basemap_error)

static const guint32 palette[][3] = {
  [KARTU_BASEMAP_STYLE_LIGHT] = {
    [KARTU_BASEMAP_FEATURE_SEA]    = 0xc6dff5,
    [KARTU_BASEMAP_FEATURE_LAND]   = 0xf6f5f4,
    [KARTU_BASEMAP_FEATURE_BORDER] = 0x9a9996,
  },
  [KARTU_BASEMAP_STYLE_DARK] = {
    [KARTU_BASEMAP_FEATURE_SEA]    = 0x1e2a38,
    [KARTU_BASEMAP_FEATURE_LAND]   = 0x303030,
    [KARTU_BASEMAP_FEATURE_BORDER] = 0x5e5c64,
  },
};

static void
kartu_basemap_finalize (GObject *object)
{
  KartuBasemap *self = (KartuBasemap *)object;

  g_clear_pointer (&self->sections, g_free);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (kartu_basemap_parent_class)->finalize (object);
}

static void
kartu_basemap_class_init (KartuBasemapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kartu_basemap_finalize;
}

static void
kartu_basemap_init (KartuBasemap *self)
{
  self->world_bits = MAX_WORLD_BITS;
}

static guint32
read_u32 (const guint8 *data,
          gsize         offset)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return GUINT32_FROM_LE (value);
}

/* Every field after the magic is a 32-bit word, so one pass converts the whole file. */
static GBytes *
to_native_words (GBytes *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint32 *words;

  if (G_BYTE_ORDER == G_LITTLE_ENDIAN && ((guintptr) data % sizeof (guint32)) == 0)
    return g_bytes_ref (bytes);

  words = g_malloc (size);
  memcpy (words, data, size);
  for (gsize i = 1; i < size / sizeof (guint32); i++)
    words[i] = GUINT32_FROM_LE (words[i]);

  return g_bytes_new_take (words, size);
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, KARTU_BASEMAP_ERROR, KARTU_BASEMAP_ERROR_INVALID,
               "Invalid basemap data: %s", message);
  return FALSE;
}

/* @file is the data as stored (little-endian); @native the same words in host order. */
static gboolean
load_section (KartuBasemap  *self,
              const guint8  *file,
              const guint8  *native,
              gsize          size,
              guint          index,
              GError       **error)
{
  gsize entry = HEADER_SIZE + (gsize) index * SECTION_SIZE;
  Section *section = &self->sections[index];
  guint32 kind = read_u32 (file, entry);
  guint32 scale = read_u32 (file, entry + 4);
  guint32 n_rings = read_u32 (file, entry + 8);
  guint32 rings_offset = read_u32 (file, entry + 12);
  guint32 n_points = read_u32 (file, entry + 16);
  guint32 points_offset = read_u32 (file, entry + 20);
  gint64 world = G_GINT64_CONSTANT (1) << self->world_bits;
  guint min_count;

  if (kind != KIND_LAND && kind != KIND_BORDERS)
    return invalid (error, "section %u has unknown kind %u", index, kind);

  if (rings_offset % 4 != 0 || points_offset % 4 != 0)
    return invalid (error, "section %u is not aligned", index);

  if ((guint64) rings_offset + (guint64) n_rings * sizeof (Ring) > size
      || (guint64) points_offset + (guint64) n_points * sizeof (Point) > size)
    return invalid (error, "section %u extends past the end of the data", index);

  section->kind = kind;
  section->scale = scale;
  section->rings = (const Ring *) (gconstpointer) (native + rings_offset);
  section->n_rings = n_rings;
  section->points = (const Point *) (gconstpointer) (native + points_offset);
  section->n_points = n_points;

  min_count = kind == KIND_LAND ? 3 : 2;

  for (guint i = 0; i < n_rings; i++)
    {
      const Ring *ring = &section->rings[i];

      if (ring->count < min_count
          || (guint64) ring->first + ring->count > n_points)
        return invalid (error, "section %u, ring %u has a bad point range", index, i);

      if (ring->x0 < 0 || ring->y0 < 0 || ring->x1 > world || ring->y1 > world
          || ring->x0 > ring->x1 || ring->y0 > ring->y1)
        return invalid (error, "section %u, ring %u has a bad bounding box", index, i);

      /* The renderer skips rings by their boxes, so a wrong box would drop geometry. */
      for (guint j = ring->first; j < ring->first + ring->count; j++)
        {
          const Point *p = &section->points[j];

          if (p->x < ring->x0 || p->x > ring->x1 || p->y < ring->y0 || p->y > ring->y1)
            return invalid (error, "section %u, ring %u has a point outside its bounding box",
                            index, i);
        }
    }

  return TRUE;
}

static gboolean
load (KartuBasemap  *self,
      GBytes        *bytes,
      GError       **error)
{
  g_autoptr(GBytes) native = NULL;
  const guint8 *file;
  gsize size;
  guint32 version;
  guint32 declared_size;
  guint32 n_sections;

  file = g_bytes_get_data (bytes, &size);

  if (size < HEADER_SIZE)
    return invalid (error, "only %" G_GSIZE_FORMAT " bytes long", size);

  if (memcmp (file, "KBM1", 4) != 0)
    return invalid (error, "not a Kartu basemap (no KBM1 signature)");

  version = read_u32 (file, 4);
  if (version != FORMAT_VERSION)
    {
      g_set_error (error, KARTU_BASEMAP_ERROR, KARTU_BASEMAP_ERROR_UNSUPPORTED_VERSION,
                   "Unsupported basemap format version %u (expected %u)",
                   version, FORMAT_VERSION);
      return FALSE;
    }

  declared_size = read_u32 (file, 16);
  if (declared_size != size)
    return invalid (error, "%" G_GSIZE_FORMAT " bytes, but the header says %u (truncated?)",
                    size, declared_size);

  if (size % 4 != 0)
    return invalid (error, "the size is not a multiple of 4");

  self->world_bits = read_u32 (file, 8);
  if (self->world_bits < MIN_WORLD_BITS || self->world_bits > MAX_WORLD_BITS)
    return invalid (error, "unsupported grid of 2^%u units", self->world_bits);

  n_sections = read_u32 (file, 12);
  if (n_sections > MAX_SECTIONS
      || HEADER_SIZE + (gsize) n_sections * SECTION_SIZE > size)
    return invalid (error, "bad section count %u", n_sections);

  native = to_native_words (bytes);

  self->sections = g_new0 (Section, n_sections);
  self->n_sections = n_sections;

  for (guint i = 0; i < n_sections; i++)
    if (!load_section (self, file, g_bytes_get_data (native, NULL), size, i, error))
      return FALSE;

  self->bytes = g_steal_pointer (&native);

  return TRUE;
}

static KartuBasemap *
kartu_basemap_new_empty (void)
{
  return g_object_new (KARTU_TYPE_BASEMAP, NULL);
}

/**
 * kartu_basemap_new_from_bytes:
 * @bytes: the contents of a basemap file (format "KBM1")
 * @error: return location for a #GError
 *
 * Checks every structure and coordinate of @bytes, so that drawing never has
 * to. The basemap keeps a reference to @bytes (or a copy, on hosts that cannot
 * read it in place).
 *
 * Returns: (transfer full): the basemap, or %NULL with @error set
 */
KartuBasemap *
kartu_basemap_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(KartuBasemap) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = kartu_basemap_new_empty ();
  if (!load (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kartu_basemap_get_default:
 *
 * The basemap that ships with Kartu, loaded on first use. Safe to call from
 * any thread.
 *
 * Returns: (transfer none): the shared basemap
 */
KartuBasemap *
kartu_basemap_get_default (void)
{
  static KartuBasemap *basemap = NULL;

  if (g_once_init_enter (&basemap))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      KartuBasemap *loaded = NULL;

      bytes = g_resources_lookup_data (BASEMAP_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        loaded = kartu_basemap_new_from_bytes (bytes, &error);

      /* Only a broken build gets here; the map then shows the sea alone. */
      if (loaded == NULL)
        {
          g_critical ("Cannot load the basemap: %s", error->message);
          loaded = kartu_basemap_new_empty ();
        }

      g_once_init_leave (&basemap, loaded);
    }

  return basemap;
}

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

typedef struct
{
  /* Pixels per grid unit, and the area's top-left corner in world pixels. */
  double scale;
  double origin_x;
  double origin_y;
} Transform;

static inline double
snap (double value)
{
  return floor (value * SNAP + 0.5) / SNAP;
}

/* Land rings are added to the current path, to be filled at once; border lines
 * are stroked one by one, which is several times faster than stroking one path
 * of them all (cairo would first resolve where they overlap). */
static void
draw_section (cairo_t         *cr,
              const Section   *section,
              const Transform *t,
              double           width,
              double           height,
              double           margin)
{
  /* The area in grid units, grown by @margin pixels for strokes. */
  double u0 = (t->origin_x - margin) / t->scale;
  double v0 = (t->origin_y - margin) / t->scale;
  double u1 = (t->origin_x + width + margin) / t->scale;
  double v1 = (t->origin_y + height + margin) / t->scale;
  gboolean closed = section->kind == KIND_LAND;

  for (guint i = 0; i < section->n_rings; i++)
    {
      const Ring *ring = &section->rings[i];
      const Point *p;
      double last_x, last_y;

      if (ring->x1 < u0 || ring->y1 < v0 || ring->x0 > u1 || ring->y0 > v1)
        continue;

      p = &section->points[ring->first];
      last_x = snap (p[0].x * t->scale - t->origin_x);
      last_y = snap (p[0].y * t->scale - t->origin_y);
      cairo_move_to (cr, last_x, last_y);

      for (guint j = 1; j < ring->count; j++)
        {
          double px = snap (p[j].x * t->scale - t->origin_x);
          double py = snap (p[j].y * t->scale - t->origin_y);

          if (px == last_x && py == last_y)
            continue;

          cairo_line_to (cr, px, py);
          last_x = px;
          last_y = py;
        }

      if (closed)
        cairo_close_path (cr);
      else
        cairo_stroke (cr);
    }
}

/**
 * kartu_basemap_render_area:
 * @self: a #KartuBasemap
 * @cr: where to draw; the area goes to (0, 0)–(@width, @height) in user space
 * @zoom: the zoom level, at most 30
 * @tile_size: the tile size that, with @zoom, sets the scale (the world is
 *   `tile_size × 2^zoom` pixels wide)
 * @x: the world pixel column of the area's left edge
 * @y: the world pixel row of the area's top edge
 * @width: the area's width in pixels
 * @height: the area's height in pixels
 * @style: light or dark colours
 *
 * Draws any rectangle of the Web Mercator world: sea, land and country
 * borders, with lines of the same width in pixels at every zoom level. Areas
 * whose corners are whole pixels apart match exactly where they meet or
 * overlap. Each call only reads @self, so several threads can draw at once
 * (each on its own @cr).
 */
void
kartu_basemap_render_area (KartuBasemap      *self,
                           cairo_t           *cr,
                           guint              zoom,
                           guint              tile_size,
                           double             x,
                           double             y,
                           guint              width,
                           guint              height,
                           KartuBasemapStyle  style)
{
  Transform t;
  double line_width;

  g_return_if_fail (KARTU_IS_BASEMAP (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (zoom <= 30);
  g_return_if_fail (tile_size > 0);
  g_return_if_fail (style == KARTU_BASEMAP_STYLE_LIGHT || style == KARTU_BASEMAP_STYLE_DARK);

  line_width = BORDER_WIDTH * tile_size / 256.0;
  t.scale = ldexp ((double) tile_size, (int) zoom - (int) self->world_bits);
  t.origin_x = x;
  t.origin_y = y;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  set_source_rgb (cr, palette[style][KARTU_BASEMAP_FEATURE_SEA]);
  cairo_paint (cr);

  /* One path for all land, so that pieces cut along cell edges join without seams. */
  cairo_new_path (cr);
  for (guint i = 0; i < self->n_sections; i++)
    if (self->sections[i].kind == KIND_LAND)
      draw_section (cr, &self->sections[i], &t, width, height, 1.0);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_source_rgb (cr, palette[style][KARTU_BASEMAP_FEATURE_LAND]);
  cairo_fill (cr);

  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  set_source_rgb (cr, palette[style][KARTU_BASEMAP_FEATURE_BORDER]);
  for (guint i = 0; i < self->n_sections; i++)
    if (self->sections[i].kind == KIND_BORDERS)
      draw_section (cr, &self->sections[i], &t, width, height, line_width);

  cairo_restore (cr);
}

/**
 * kartu_basemap_render_tile:
 * @self: a #KartuBasemap
 * @cr: where to draw; the tile goes to (0, 0)–(@tile_size, @tile_size) in user space
 * @zoom: the zoom level, at most 30
 * @x: the tile column, below 2^@zoom
 * @y: the tile row, below 2^@zoom
 * @tile_size: the tile's width and height in pixels
 * @style: light or dark colours
 *
 * Draws Web Mercator XYZ tile (@zoom, @x, @y), as OpenStreetMap and
 * libshumate number them. See kartu_basemap_render_area().
 */
void
kartu_basemap_render_tile (KartuBasemap      *self,
                           cairo_t           *cr,
                           guint              zoom,
                           guint              x,
                           guint              y,
                           guint              tile_size,
                           KartuBasemapStyle  style)
{
  g_return_if_fail (zoom <= 30);
  g_return_if_fail (x < (1u << zoom) && y < (1u << zoom));

  kartu_basemap_render_area (self, cr, zoom, tile_size,
                             (double) x * tile_size, (double) y * tile_size,
                             tile_size, tile_size, style);
}

/**
 * kartu_basemap_style_get_rgb:
 * @style: a style
 * @feature: what is drawn in that colour
 *
 * The colours that kartu_basemap_render_tile() uses, for widgets that draw
 * over the map or fill the space where tiles are still loading.
 *
 * Returns: the colour as 0xRRGGBB
 */
guint32
kartu_basemap_style_get_rgb (KartuBasemapStyle   style,
                             KartuBasemapFeature feature)
{
  g_return_val_if_fail (style == KARTU_BASEMAP_STYLE_LIGHT || style == KARTU_BASEMAP_STYLE_DARK, 0);
  g_return_val_if_fail (feature <= KARTU_BASEMAP_FEATURE_BORDER, 0);

  return palette[style][feature];
}
