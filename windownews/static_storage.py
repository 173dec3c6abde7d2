"""Static files as WhiteNoise stores them in production (hashed names, brotli and gzip copies),
with one more kind of file whose references are rewritten to hashed names, the web app
manifest, and each URL worked out once."""

from whitenoise.storage import CompressedManifestStaticFilesStorage

# The icons a manifest lists ("src": "icon-192.png", relative to the manifest): rewritten like
# the url() references in CSS, so every icon goes out under a hashed, immutable name.
MANIFEST_ICON = (r'(?P<matched>"src":\s*"(?P<url>[^"]+)")', '"src": "%(url)s"')


class StaticStorage(CompressedManifestStaticFilesStorage):
    patterns = (
        *CompressedManifestStaticFilesStorage.patterns,
        ("*.webmanifest", (MANIFEST_ICON,)),
    )

    def url(self, name, force=False):
        """A name's URL is worked out once per manifest. Django works it out anew on every
        {% static %} (name cleaning, manifest lookup, URL joining): a page's dozen links cost
        ~0.5 ms CPU of each render, a tenth of a re-render from fragments."""
        if force:
            return super().url(name, force)
        # collectstatic in this process (the demo's start) replaces the manifest: start again.
        manifest = (id(self.hashed_files), len(self.hashed_files))
        if getattr(self, "urls_manifest", None) != manifest:
            self.urls_manifest, self.urls = manifest, {}
        if name not in self.urls:
            self.urls[name] = super().url(name)
        return self.urls[name]
