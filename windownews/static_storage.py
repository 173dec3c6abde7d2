"""Where static files' URLs come from in production: WhiteNoise's hashed, compressed copies."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """A name's URL is worked out once per manifest. Django works it out anew on every
    {% static %} (name cleaning, manifest lookup, URL joining): a page's dozen links cost ~0.5 ms
    CPU of each render here, a tenth of a re-render from fragments (bench/serve_article.py)."""

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        # collectstatic in this process (the demo's start) replaces the manifest: start again.
        manifest = (id(self.hashed_files), len(self.hashed_files))
        if getattr(self, "urls_manifest", None) != manifest:
            self.urls_manifest, self.urls = manifest, {}
        if name not in self.urls:
            self.urls[name] = super().url(name)
        return self.urls[name]
