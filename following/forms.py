from django import forms

from following.models import Follow, Subscriber, target_of


class FollowForm(forms.Form):
    email = forms.EmailField(
        max_length=254, label="Your email", widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    kind = forms.ChoiceField(choices=Follow.Kind.choices, widget=forms.HiddenInput)
    target = forms.IntegerField(min_value=1, max_value=2**62, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if "kind" in data and "target" in data:
            self.target_object = target_of(data["kind"], data["target"])
            if self.target_object is None:
                raise forms.ValidationError("There is nothing to follow here any more.")
        return data


class SettingsForm(forms.ModelForm):
    class Meta:
        model = Subscriber
        fields = ["frequency", "daily_cap"]
        widgets = {"frequency": forms.RadioSelect}
        labels = {"frequency": "Email me", "daily_cap": "At most this many articles a day"}

    def clean_daily_cap(self):
        cap = self.cleaned_data["daily_cap"]
        if not 1 <= cap <= 100:
            raise forms.ValidationError("Choose between 1 and 100.")
        return cap
