"""Static files as WhiteNoise stores them (hashed names, brotli and gzip copies), with one more
kind of file whose references are rewritten to hashed names: the web app manifest."""

from whitenoise.storage import CompressedManifestStaticFilesStorage

# The icons a manifest lists ("src": "icon-192.png", relative to the manifest): rewritten like
# the url() references in CSS, so every icon goes out under a hashed, immutable name.
MANIFEST_ICON = (r'(?P<matched>"src":\s*"(?P<url>[^"]+)")', '"src": "%(url)s"')


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    patterns = (
        *CompressedManifestStaticFilesStorage.patterns,
        ("*.webmanifest", (MANIFEST_ICON,)),
    )
