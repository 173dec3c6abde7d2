"""Uploads become clean raster files: checked, then re-encoded by Pillow.

Wagtail's image field already refuses unknown extensions (SVG is not in
WAGTAILIMAGES_EXTENSIONS), files whose content does not match their extension, and images
with more pixels than WAGTAILIMAGES_MAX_IMAGE_PIXELS, reading only the header, so a
decompression bomb is refused before anything is decoded. This form then re-encodes what is
left: EXIF (with GPS position, camera serials) is dropped after the orientation is applied,
and anything appended after the image data (a ZIP, a script) does not survive."""

import io

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


def reencode(upload):
    """A new upload holding only the decoded pixels of `upload`, in the same format."""
    upload.seek(0)
    try:
        with PILImage.open(upload) as original:
            image_format = original.format
            if image_format not in RASTER_FORMATS:
                raise ValidationError(f"{image_format} files are not accepted; upload a JPEG, PNG, GIF, WebP or AVIF photo.")
            options = dict(RASTER_FORMATS[image_format])
            if getattr(original, "is_animated", False):
                image = original  # every frame is kept; animated files carry no camera EXIF to rotate by
                options["save_all"] = True
            else:
                image = ImageOps.exif_transpose(original)
            if icc := original.info.get("icc_profile"):
                options["icc_profile"] = icc  # colours stay right; the profile holds no personal data
            if image_format == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
                image = image.convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, format=image_format, **options)  # no exif= argument: EXIF is dropped
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError) as error:
        raise ValidationError(f"This image could not be read ({error}); try saving it again as JPEG or PNG.") from None
    return SimpleUploadedFile(upload.name, buffer.getvalue(), content_type=getattr(upload, "content_type", None))


class NewsroomImageForm(BaseImageForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            return reencode(upload)
        return upload
