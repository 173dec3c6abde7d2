"""Uploads: only raster images, re-encoded without EXIF GPS or trailing bytes, and a
decompression bomb refused quickly with a clear message, on every path that creates a Wagtail
image: the add and edit forms, the chooser's upload, the multiple uploader (and its detour
through an UploadedFile), and code that saves an image directly."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageFile as PILImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from newsroom.images import reencode

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


def png_bomb(side=100_000, other_side=None):
    """A PNG header claiming side x side pixels in a few hundred bytes."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", side, other_side or side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


def png_of_zeros(side):
    """A real, complete PNG of side x side black pixels: tiny on disk, side² bytes once decoded."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    pixels = zlib.compress(b"\x00" * ((side + 1) * side), 6)
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def upload(client, editor):
    client.force_login(editor)

    def post(name, content, content_type="image/jpeg"):
        data = {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            "description": "",
        }
        data["file"] = SimpleUploadedFile(name, content, content_type=content_type)
        return client.post("/admin/images/add/", data)

    return post


def test_it_re_encodes_uploads_without_gps_or_trailing_bytes(upload):
    original = jpeg_with_gps_and_trailer()
    assert (
        PILImage.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)
    )  # the test file really has GPS
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
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
        ),
        (
            "logo.png",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/png",
        ),
        ("doc.jpg", b"%PDF-1.4 not a picture", "image/jpeg"),
    ],
)
def test_it_refuses_svg_and_anything_not_a_raster_image(upload, name, content, content_type):
    response = upload(name, content, content_type)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert any(
        text in errors for text in ("supported image format", "Not a valid", "Upload a valid image")
    ), errors
    assert not Image.objects.exists()


def test_it_refuses_a_decompression_bomb_with_a_clear_message(upload):
    bomb = png_bomb()
    assert len(bomb) < 1000
    response = upload("bomb.png", bomb, "image/png")
    assert response.status_code == 200
    assert "too many pixels" in " ".join(response.context["form"].errors["file"])
    assert not Image.objects.exists()


def test_a_bomb_with_real_pixel_data_is_refused_without_being_decoded(upload, monkeypatch):
    """81 million pixels: under Pillow's own default
    limit, so only ours stops Willow decoding it."""
    bomb, decoded, load = png_of_zeros(9_000), [], PILImageFile.ImageFile.load

    def record_decoding(image):
        decoded.append(image.size)
        return load(image)

    monkeypatch.setattr(PILImageFile.ImageFile, "load", record_decoding)
    response = upload("zeros.png", bomb, "image/png")
    assert "too many pixels" in " ".join(response.context["form"].errors["file"])
    assert decoded == [] and not Image.objects.exists()


def assert_clean(image):
    """The stored file has the pixels and nothing else:
    no GPS, no maker, no trailer; metadata matches."""
    image.refresh_from_db()
    with image.open_file() as stored_file:
        stored = stored_file.read()
    assert b"<?php" not in stored and b"PK\x03\x04" not in stored and stored.endswith(b"\xff\xd9")
    with PILImage.open(io.BytesIO(stored)) as reopened:
        assert not reopened.getexif().get_ifd(GPS_IFD) and "PhoneMaker" not in str(
            dict(reopened.getexif())
        )
    assert (image.width, image.height, image.file_size) == (64, 48, len(stored))


def collection_id():
    return Collection.get_first_root_node().pk


def test_the_edit_form_re_encodes_a_replacement_file(upload, client):
    upload(
        "first.jpg", jpeg_with_gps_and_trailer()[: -len(b"PK\x03\x04<?php system($_GET['c']); ?>")]
    )
    image = Image.objects.get()
    data = {"title": "first.jpg", "collection": collection_id(), "tags": "", "description": ""}
    data["file"] = SimpleUploadedFile(
        "second.jpg", jpeg_with_gps_and_trailer(), content_type="image/jpeg"
    )
    assert client.post(f"/admin/images/{image.pk}/", data).status_code == 302
    assert_clean(image)


def chooser_upload(client, name, content, content_type="image/jpeg"):
    prefix = "image-chooser-upload-"
    data = {
        f"{prefix}title": name,
        f"{prefix}collection": collection_id(),
        f"{prefix}tags": "",
        f"{prefix}description": "",
    }
    data[f"{prefix}file"] = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post("/admin/images/chooser/create/", data)


def test_the_chooser_upload_re_encodes_and_refuses_svg(client, editor):
    client.force_login(editor)
    assert (
        chooser_upload(client, "kyiv.jpg", jpeg_with_gps_and_trailer()).json()["step"] == "chosen"
    )
    assert_clean(Image.objects.get())
    refused = chooser_upload(
        client, "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"
    )
    assert refused.json()["step"] == "reshow_creation_form" and Image.objects.count() == 1


def multiple_upload(client, name, content, content_type="image/jpeg", **fields):
    data = {"title": name, "collection": collection_id(), **fields}
    data["files[]"] = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post("/admin/images/multiple/add/", data).json()


def test_the_multiple_uploader_re_encodes_and_refuses_bombs_clearly(client, editor):
    client.force_login(editor)
    assert multiple_upload(client, "kyiv.jpg", jpeg_with_gps_and_trailer())["success"]
    assert_clean(Image.objects.get())
    refused = multiple_upload(client, "bomb.png", png_bomb(), "image/png")
    assert not refused["success"] and "too many pixels" in refused["error_message"]
    assert Image.objects.count() == 1


def test_the_multiple_uploaders_detour_through_an_uploaded_file_is_re_encoded_too(client, editor):
    """A valid file whose other fields fail is kept raw
    as an UploadedFile, then copied into the image."""
    client.force_login(editor)
    response = multiple_upload(
        client, "kyiv.jpg", jpeg_with_gps_and_trailer(), title="x" * 300
    )  # too long
    upload = UploadedFile.objects.get(pk=response["uploaded_file_id"])
    prefix = f"uploaded-image-{upload.pk}-"
    data = {
        f"{prefix}title": "Kyiv",
        f"{prefix}collection": collection_id(),
        f"{prefix}tags": "",
        f"{prefix}description": "",
    }
    created = client.post(
        f"/admin/images/multiple/create_from_uploaded_image/{upload.pk}/", data
    ).json()
    assert created["success"], created
    assert_clean(Image.objects.get(pk=created["image_id"]))
    assert not UploadedFile.objects.exists()


def test_code_that_saves_an_image_directly_gets_it_re_encoded(django_user_model):
    image = Image(
        title="Imported",
        file=ImageFile(io.BytesIO(jpeg_with_gps_and_trailer()), name="imported.jpg"),
    )
    image.save()
    assert_clean(image)
    image.title = "Renamed"
    image.save()  # a save that does not touch the file leaves it alone
    assert Image.objects.get(pk=image.pk).file.name == image.file.name


@pytest.mark.parametrize(
    ("name", "content", "refusal"),
    [
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "could not be read",
        ),
        # Wagtail reads the size as the image is built;
        # Pillow, told our limit, refuses from the header.
        ("bomb.png", png_bomb(), "exceeds limit of 40000000 pixels"),
        ("zeros.png", png_of_zeros(9_000), "exceeds limit of 40000000 pixels"),
    ],
)
def test_code_cannot_store_svg_or_a_bomb_either(name, content, refusal):
    with pytest.raises((ValidationError, PILImage.DecompressionBombError), match=refusal):
        Image.objects.create(title=name, file=ImageFile(io.BytesIO(content), name=name))
    assert not Image.objects.exists()


def test_reencode_counts_every_frame_against_the_limit(settings):
    """Pillow checks one frame; an animation's frames add up, as Wagtail's form counts them."""
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64 * 48 * 2
    frames = [PILImage.new("RGB", (64, 48), colour) for colour in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    with pytest.raises(ValidationError, match="too many pixels"):
        reencode(SimpleUploadedFile("spinner.gif", buffer.getvalue(), content_type="image/gif"))
