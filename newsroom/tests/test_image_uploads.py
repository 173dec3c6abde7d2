"""Uploads in the admin: only raster images, re-encoded without EXIF GPS or trailing bytes,
and a decompression bomb refused quickly with a clear message."""

import io
import struct
import time
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db
Image = get_image_model()
GPS_IFD = 0x8825


def jpeg_with_gps_and_trailer():
    exif = PILImage.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2], gps[3], gps[4] = "N", (50.0, 27.0, 1.0), "E", (30.0, 31.0, 2.0)
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), "steelblue").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue() + b"PK\x03\x04<?php system($_GET['c']); ?>"


def png_bomb(side=100_000):
    """A PNG header claiming side x side pixels in a few hundred bytes."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")


@pytest.fixture
def upload(client, editor):
    client.force_login(editor)

    def post(name, content, content_type="image/jpeg"):
        data = {"title": name, "collection": Collection.get_first_root_node().pk, "tags": "", "description": ""}
        data["file"] = SimpleUploadedFile(name, content, content_type=content_type)
        return client.post("/admin/images/add/", data)

    return post


def test_it_re_encodes_uploads_without_gps_or_trailing_bytes(upload):
    original = jpeg_with_gps_and_trailer()
    assert PILImage.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the test file really has GPS
    response = upload("kyiv.jpg", original)
    assert response.status_code == 302
    image = Image.objects.get(title="kyiv.jpg")
    stored = image.file.read()
    assert b"<?php" not in stored and b"PK\x03\x04" not in stored and stored.endswith(b"\xff\xd9")
    with PILImage.open(io.BytesIO(stored)) as reopened:
        assert not reopened.getexif().get_ifd(GPS_IFD)
        assert "PhoneMaker" not in str(dict(reopened.getexif()))
        assert reopened.size == (64, 48)
    assert (image.width, image.height, image.file_size) == (64, 48, len(stored))


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "image/svg+xml"),
        ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "image/png"),
        ("doc.jpg", b"%PDF-1.4 not a picture", "image/jpeg"),
    ],
)
def test_it_refuses_svg_and_anything_not_a_raster_image(upload, name, content, content_type):
    response = upload(name, content, content_type)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert any(text in errors for text in ("supported image format", "Not a valid", "Upload a valid image")), errors
    assert not Image.objects.exists()


def test_it_refuses_a_decompression_bomb_quickly_with_a_clear_message(upload):
    bomb = png_bomb()
    assert len(bomb) < 1000
    started = time.perf_counter()
    response = upload("bomb.png", bomb, "image/png")
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert "too many pixels" in " ".join(response.context["form"].errors["file"])
    assert elapsed < 2, elapsed
    assert not Image.objects.exists()
