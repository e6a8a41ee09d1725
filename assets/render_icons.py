#!/usr/bin/env python3
"""Renders logo.svg to the PNG icons with the system's librsvg and cairo (ImageMagick's own SVG renderer drops
gradients and transforms). Run from this folder after editing the logo; the PNGs are committed."""
import ctypes
import shutil

rsvg = ctypes.CDLL("librsvg-2.so.2")
cairo = ctypes.CDLL("libcairo.so.2")
rsvg.rsvg_handle_new_from_file.restype = ctypes.c_void_p
rsvg.rsvg_handle_new_from_file.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
rsvg.rsvg_handle_render_cairo.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
cairo.cairo_image_surface_create.restype = ctypes.c_void_p
cairo.cairo_image_surface_create.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
cairo.cairo_create.restype = ctypes.c_void_p
cairo.cairo_create.argtypes = [ctypes.c_void_p]
cairo.cairo_scale.argtypes = [ctypes.c_void_p, ctypes.c_double, ctypes.c_double]
cairo.cairo_surface_write_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
cairo.cairo_destroy.argtypes = [ctypes.c_void_p]
cairo.cairo_surface_destroy.argtypes = [ctypes.c_void_p]

CAIRO_FORMAT_ARGB32 = 0
RESOURCES = "../src/main/resources/com/discountworkbench/ui/icons/"

handle = rsvg.rsvg_handle_new_from_file(b"logo.svg", None)
if not handle:
    raise SystemExit("cannot read logo.svg")
for size in (256, 64, 32):
    surface = cairo.cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size, size)
    context = cairo.cairo_create(surface)
    cairo.cairo_scale(context, size / 256.0, size / 256.0)
    rsvg.rsvg_handle_render_cairo(handle, context)
    name = "icon-%d.png" % size
    cairo.cairo_surface_write_to_png(surface, name.encode())
    cairo.cairo_destroy(context)
    cairo.cairo_surface_destroy(surface)
    shutil.copy(name, RESOURCES + name)
    print("wrote", name)
