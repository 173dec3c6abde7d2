"""The admin screen of the WordPress import: upload an export, follow the run, read the report."""

from django import forms
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from ingest.models import ImportRun
from ingest.tasks import import_wordpress

MAY_IMPORT = "ingest.add_importrun"  # Administrators hold it (newsroom.roles); others do not


class UploadForm(forms.Form):
    export = forms.FileField(help_text="The .xml file WordPress's Tools › Export made.")
    dry_run = forms.BooleanField(required=False, help_text="Read and report; keep nothing.")

    def clean_export(self):
        export = self.cleaned_data["export"]
        if not export.name.lower().endswith(".xml"):
            raise forms.ValidationError("Choose the .xml file WordPress exported.")
        return export


@permission_required(MAY_IMPORT, raise_exception=True)
def start(request):
    ImportRun.objects.settle_interrupted()
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        run = ImportRun.objects.create(
            export=form.cleaned_data["export"],
            source=form.cleaned_data["export"].name,
            dry_run=form.cleaned_data["dry_run"],
            started_by=request.user,
        )
        import_wordpress.enqueue(run.pk)
        return redirect("wordpress_import:run", run.pk)
    runs = ImportRun.objects.all()[:20]
    return render(request, "ingest/wordpress_import.html", {"form": form, "runs": runs})


@permission_required(MAY_IMPORT, raise_exception=True)
def progress(request, pk):
    ImportRun.objects.filter(pk=pk).settle_interrupted()
    run = get_object_or_404(ImportRun, pk=pk)
    return render(request, "ingest/wordpress_run.html", {"run": run})


@require_POST
@permission_required(MAY_IMPORT, raise_exception=True)
def resume(request, pk):
    """Start an interrupted upload's import again, from the same stored file."""
    run = get_object_or_404(ImportRun, pk=pk, status=ImportRun.Status.INTERRUPTED)
    if not run.export:  # started from the command line: there is no stored file to use
        return redirect("wordpress_import:run", run.pk)
    again = ImportRun.objects.create(
        export=run.export.name, source=run.source, dry_run=run.dry_run, started_by=request.user
    )
    import_wordpress.enqueue(again.pk)
    return redirect("wordpress_import:run", again.pk)
