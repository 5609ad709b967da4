/* kartu-basemap-source.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-basemap-source"

#include "config.h"

#include <glib/gi18n.h>

#include "kartu-basemap.h"
#include "kartu-basemap-source.h"
#include "kartu-tile-paintable.h"

/* libshumate's map layer caches tiles by source id, so each style has its own. */
#define SOURCE_ID       "kartu-offline"
#define SOURCE_ID_DARK  "kartu-offline-dark"

#define TILE_SIZE       256
#define MIN_ZOOM        1
#define MAX_ZOOM        12

/* Pixels drawn past each edge of a tile: see KartuTilePaintable. */
#define BLEED           1

struct _KartuBasemapSource
{
  ShumateMapSource  parent_instance;

  gboolean          dark;

  /* The tiles this source has filled that are still alive (weak), so that a
   * change of style can redraw them in place. */
  GHashTable       *tiles;
  /* Cancels those redraws when the source goes away. */
  GCancellable     *cancellable;
};

G_DEFINE_FINAL_TYPE (KartuBasemapSource, kartu_basemap_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  PROP_0,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* What the worker thread needs: plain values, not the tile. */
typedef struct
{
  guint             zoom;
  guint             x;
  guint             y;
  guint             size;
  KartuBasemapStyle style;
} Job;

typedef struct
{
  ShumateTile       *tile;
  /* The fill_tile_async() call this drawing answers, or NULL for a redraw. */
  GTask             *fill;
  KartuBasemapStyle  style;
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->tile);
  g_clear_object (&request->fill);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static KartuBasemapStyle
current_style (KartuBasemapSource *self)
{
  return self->dark ? KARTU_BASEMAP_STYLE_DARK : KARTU_BASEMAP_STYLE_LIGHT;
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  const Job *job = task_data;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        job->size + 2 * BLEED, job->size + 2 * BLEED);
  cr = cairo_create (surface);
  kartu_basemap_render_area (kartu_basemap_get_default (), cr, job->zoom, job->size,
                             (double) job->x * job->size - BLEED,
                             (double) job->y * job->size - BLEED,
                             job->size + 2 * BLEED, job->size + 2 * BLEED,
                             job->style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               "Cannot draw tile %u/%u/%u: %s", job->zoom, job->x, job->y,
                               cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return;
    }

  g_task_return_pointer (task, surface, (GDestroyNotify) cairo_surface_destroy);
}

/* Cairo's ARGB32 is premultiplied native-endian 32-bit pixels: GDK_MEMORY_DEFAULT. */
static GdkPaintable *
paintable_new_for_surface (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);

  return kartu_tile_paintable_new (texture, BLEED);
}

static void
on_tile_finalized (gpointer  data,
                   GObject  *where_the_object_was)
{
  KartuBasemapSource *self = data;

  g_hash_table_remove (self->tiles, where_the_object_was);
}

static void
track_tile (KartuBasemapSource *self,
            ShumateTile        *tile)
{
  if (g_hash_table_add (self->tiles, tile))
    g_object_weak_ref (G_OBJECT (tile), on_tile_finalized, self);
}

static void start_render (KartuBasemapSource *self,
                          ShumateTile        *tile,
                          GTask              *fill,
                          KartuBasemapStyle   style);

static void
on_rendered_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KartuBasemapSource *self = KARTU_BASEMAP_SOURCE (object);
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  cairo_surface_t *surface;

  surface = g_task_propagate_pointer (G_TASK (result), &error);
  if (surface == NULL)
    {
      if (request->fill != NULL)
        g_task_return_error (request->fill, g_steal_pointer (&error));
      return;
    }

  paintable = paintable_new_for_surface (surface);
  cairo_surface_destroy (surface);

  if (request->fill == NULL)
    {
      /* If the style changed again, a newer redraw is on its way. */
      if (request->style == current_style (self))
        {
          shumate_tile_set_paintable (request->tile, paintable);
          /* libshumate 1.0's map layer redraws when a tile's state changes, not its paintable. */
          g_object_notify (G_OBJECT (request->tile), "state");
        }
      return;
    }

  shumate_tile_set_paintable (request->tile, paintable);
  shumate_tile_set_state (request->tile, SHUMATE_STATE_DONE);
  track_tile (self, request->tile);

  /* The layer caches this drawing under the id the fill began with, so it keeps
   * that style; the tile on screen is brought up to date separately. */
  if (request->style != current_style (self))
    start_render (self, request->tile, NULL, current_style (self));

  g_task_return_boolean (request->fill, TRUE);
}

static void
start_render (KartuBasemapSource *self,
              ShumateTile        *tile,
              GTask              *fill,
              KartuBasemapStyle   style)
{
  g_autoptr(GTask) task = NULL;
  Request *request;
  Job *job;

  job = g_new0 (Job, 1);
  job->zoom = shumate_tile_get_zoom_level (tile);
  job->x = shumate_tile_get_x (tile);
  job->y = shumate_tile_get_y (tile);
  job->size = shumate_tile_get_size (tile);
  job->style = style;

  request = g_new0 (Request, 1);
  request->tile = g_object_ref (tile);
  request->fill = fill != NULL ? g_object_ref (fill) : NULL;
  request->style = style;

  task = g_task_new (self,
                     fill != NULL ? g_task_get_cancellable (fill) : self->cancellable,
                     on_rendered_cb, request);
  g_task_set_source_tag (task, start_render);
  g_task_set_task_data (task, job, g_free);
  g_task_run_in_thread (task, render_thread);
}

static void
kartu_basemap_source_fill_tile_async (ShumateMapSource    *source,
                                      ShumateTile         *tile,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  KartuBasemapSource *self = KARTU_BASEMAP_SOURCE (source);
  g_autoptr(GTask) task = NULL;
  guint zoom;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kartu_basemap_source_fill_tile_async);

  zoom = shumate_tile_get_zoom_level (tile);
  if (zoom > 30
      || shumate_tile_get_x (tile) >= (1u << zoom)
      || shumate_tile_get_y (tile) >= (1u << zoom)
      || shumate_tile_get_size (tile) == 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "No tile %u/%u/%u of size %u", zoom,
                               shumate_tile_get_x (tile), shumate_tile_get_y (tile),
                               shumate_tile_get_size (tile));
      return;
    }

  shumate_tile_set_state (tile, SHUMATE_STATE_LOADING);
  start_render (self, tile, task, current_style (self));
}

static gboolean
kartu_basemap_source_fill_tile_finish (ShumateMapSource  *source,
                                       GAsyncResult      *result,
                                       GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
kartu_basemap_source_constructed (GObject *object)
{
  KartuBasemapSource *self = (KartuBasemapSource *)object;
  ShumateMapSource *source = SHUMATE_MAP_SOURCE (self);

  G_OBJECT_CLASS (kartu_basemap_source_parent_class)->constructed (object);

  shumate_map_source_set_id (source, self->dark ? SOURCE_ID_DARK : SOURCE_ID);
  shumate_map_source_set_name (source, _("Offline basemap"));
  /* Translators: the map's data credit; Natural Earth is a name */
  shumate_map_source_set_license (source, _("Natural Earth (public domain)"));
  shumate_map_source_set_license_uri (source, "https://www.naturalearthdata.com/about/terms-of-use/");
  shumate_map_source_set_min_zoom_level (source, MIN_ZOOM);
  shumate_map_source_set_max_zoom_level (source, MAX_ZOOM);
  shumate_map_source_set_tile_size (source, TILE_SIZE);
  shumate_map_source_set_projection (source, SHUMATE_MAP_PROJECTION_MERCATOR);
}

static void
kartu_basemap_source_dispose (GObject *object)
{
  KartuBasemapSource *self = (KartuBasemapSource *)object;

  g_cancellable_cancel (self->cancellable);

  if (self->tiles != NULL)
    {
      GHashTableIter iter;
      gpointer tile;

      g_hash_table_iter_init (&iter, self->tiles);
      while (g_hash_table_iter_next (&iter, &tile, NULL))
        g_object_weak_unref (G_OBJECT (tile), on_tile_finalized, self);
      g_clear_pointer (&self->tiles, g_hash_table_unref);
    }

  G_OBJECT_CLASS (kartu_basemap_source_parent_class)->dispose (object);
}

static void
kartu_basemap_source_finalize (GObject *object)
{
  KartuBasemapSource *self = (KartuBasemapSource *)object;

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (kartu_basemap_source_parent_class)->finalize (object);
}

static void
kartu_basemap_source_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KartuBasemapSource *self = KARTU_BASEMAP_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_basemap_source_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KartuBasemapSource *self = KARTU_BASEMAP_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DARK:
      kartu_basemap_source_set_dark (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kartu_basemap_source_class_init (KartuBasemapSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->constructed = kartu_basemap_source_constructed;
  object_class->dispose = kartu_basemap_source_dispose;
  object_class->finalize = kartu_basemap_source_finalize;
  object_class->get_property = kartu_basemap_source_get_property;
  object_class->set_property = kartu_basemap_source_set_property;

  source_class->fill_tile_async = kartu_basemap_source_fill_tile_async;
  source_class->fill_tile_finish = kartu_basemap_source_fill_tile_finish;

  /**
   * KartuBasemapSource:dark:
   *
   * Whether tiles are drawn in the dark style. Tiles already on screen are
   * redrawn when it changes.
   */
  properties [PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kartu_basemap_source_init (KartuBasemapSource *self)
{
  self->tiles = g_hash_table_new (NULL, NULL);
  self->cancellable = g_cancellable_new ();
}

/**
 * kartu_basemap_source_new:
 *
 * A map source that draws Kartu's built-in basemap (Natural Earth land, sea
 * and country borders) on the fly, with no network.
 *
 * Returns: (transfer full): a new #KartuBasemapSource
 */
KartuBasemapSource *
kartu_basemap_source_new (void)
{
  return g_object_new (KARTU_TYPE_BASEMAP_SOURCE, NULL);
}

gboolean
kartu_basemap_source_get_dark (KartuBasemapSource *self)
{
  g_return_val_if_fail (KARTU_IS_BASEMAP_SOURCE (self), FALSE);

  return self->dark;
}

void
kartu_basemap_source_set_dark (KartuBasemapSource *self,
                               gboolean            dark)
{
  GHashTableIter iter;
  gpointer tile;

  g_return_if_fail (KARTU_IS_BASEMAP_SOURCE (self));

  dark = !!dark;
  if (self->dark == dark)
    return;

  self->dark = dark;
  shumate_map_source_set_id (SHUMATE_MAP_SOURCE (self), dark ? SOURCE_ID_DARK : SOURCE_ID);

  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, &tile, NULL))
    start_render (self, tile, NULL, current_style (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DARK]);
}
