"""Every stored image is a clean raster file: checked, then re-encoded by Pillow.

Wagtail 8 creates images through its add and edit forms, the chooser's upload form and the
multiple uploader, which all use WAGTAILIMAGES_IMAGE_FORM_BASE (so `NewsroomImageForm` gives
the editor a clear message), but the multiple uploader also keeps a file whose other fields
failed as an `UploadedFile` and later copies its raw bytes into the image, and code can save
an image directly. So the model's `pre_save` (`reencode_new_file`) is the guarantee: whatever
the path, a new file is re-encoded before the row is written.

Re-encoding drops EXIF (GPS position, camera serials) after applying the orientation, and
anything appended after the image data (a ZIP, a script). A decompression bomb is refused from
its header, before anything is decoded: Wagtail reads an image's size through Willow, which
decodes the whole image, so Pillow itself is told our limit (`limit_pillow`)."""

import io
import os
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageOps
from wagtail.images.forms import BaseImageForm

# Pillow format name -> save options. Quality high enough that re-encoding is invisible.
RASTER_FORMATS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {"optimize": True},
    "GIF": {},
    "WEBP": {"quality": 90},
    "AVIF": {"quality": 80},
}


def limit_pillow():
    """Make Pillow refuse, when it opens a file and before it decodes it, any image over our limit.

    Pillow raises for more than twice MAX_IMAGE_PIXELS (and only warns above it), so half the
    limit makes the refusal exact. Without it Willow would decode up to Pillow's default of
    ~179 million pixels (over 500 MB as RGB) before Wagtail's pixel count refuses the file."""
    PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
    # Above half the limit is an ordinary photo, not a warning sign.
    warnings.filterwarnings("ignore", category=PILImage.DecompressionBombWarning)


class CleanImageFile(SimpleUploadedFile):
    """Bytes written by `reencode`: saving them needs
    no second pass (JPEG loses a little each time)."""


def reencode(upload):
    """A new file holding only the decoded pixels of `upload`, in the same format."""
    upload.seek(0)
    try:
        with PILImage.open(upload) as original:
            _check_raster(original)
            image_format, options = original.format, dict(RASTER_FORMATS[original.format])
            if getattr(original, "is_animated", False):
                # every frame is kept; animated files carry no camera EXIF to rotate by
                image = original
                options["save_all"] = True
            else:
                image = ImageOps.exif_transpose(original)
            if icc := original.info.get("icc_profile"):
                options["icc_profile"] = (
                    icc  # colours stay right; the profile holds no personal data
                )
            if image_format == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
                image = image.convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, format=image_format, **options)  # no exif= argument: EXIF is dropped
    except PILImage.DecompressionBombError:  # Pillow's own limit, far above ours, refused at open
        raise _too_many_pixels() from None
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            f"This image could not be read ({error}); try saving it again as JPEG or PNG."
        ) from None
    name = os.path.basename(upload.name or "image")
    return CleanImageFile(
        name, buffer.getvalue(), content_type=getattr(upload, "content_type", None)
    )


def _check_raster(original):
    """Refuse what is not a photo format we serve, or has too many pixels, from the header alone."""
    if original.format not in RASTER_FORMATS:
        raise ValidationError(
            f"{original.format} files are not accepted; upload a JPEG, PNG, GIF, WebP or AVIF "
            "photo."
        )
    width, height = original.size
    if width * height * getattr(original, "n_frames", 1) > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        raise _too_many_pixels()


def _too_many_pixels():
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    return ValidationError(
        f"This image has too many pixels (the limit is {limit:,}); resize it and upload it again."
    )


class NewsroomImageForm(BaseImageForm):
    """The admin's image forms (add, edit, chooser upload,
    multiple upload): errors shown on the file field."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            return reencode(upload)
        return upload


def reencode_new_file(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of the image model: re-encode a file that is new to this row, whoever saves it."""
    if raw or not instance.file or (update_fields is not None and "file" not in update_fields):
        return
    if not instance.file._committed:  # assigned, not yet written to storage
        if not isinstance(instance.file.file, CleanImageFile):
            instance.file = reencode(instance.file.file)
            instance._set_image_file_metadata()
    elif _stored_before_its_row(instance):
        _reencode_in_storage(instance)


def _stored_before_its_row(image):
    """A file already in storage that this row did not hold yet (the multiple uploader's copy)."""
    if image._state.adding:
        return True
    stored = type(image).objects.filter(pk=image.pk).values_list("file", flat=True).first()
    return stored != image.file.name


def _reencode_in_storage(image):
    raw_name, storage = image.file.name, image.file.storage
    try:
        with storage.open(raw_name, "rb") as raw:
            clean = reencode(raw)
    except ValidationError:
        storage.delete(raw_name)  # never leave the raw bytes (GPS and all) under /media/
        raise
    image.file.save(clean.name, clean, save=False)
    storage.delete(raw_name)
    image._set_image_file_metadata()
