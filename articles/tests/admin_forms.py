"""Read an admin form out of its HTML, so a test can submit it as a browser would."""

from html.parser import HTMLParser

from django.urls import reverse


def change_url(article):
    """The address of a story's change form in the admin."""
    return reverse("admin:articles_article_change", args=[article.pk])


class FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = {}
        self.select = None
        self.select_multiple = False
        self.option_value = None
        self.option_selected = False
        self.textarea = None
        self.textarea_text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and "__prefix__" not in name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.add(name, attrs.get("value", "on"))
                return
            self.add(name, attrs.get("value") or "")
        elif tag == "select" and name and "__prefix__" not in name:
            self.select = name
            self.select_multiple = "multiple" in attrs
            if not self.select_multiple:
                self.data.setdefault(name, "")
        elif tag == "option" and self.select:
            self.option_value = attrs.get("value", "")
            if "selected" in attrs:
                self.add(self.select, self.option_value)
        elif tag == "textarea" and name and "__prefix__" not in name:
            self.textarea = name
            self.textarea_text = []

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            text = "".join(self.textarea_text)
            # Browsers drop the newline that follows <textarea>.
            self.add(self.textarea, text[1:] if text.startswith("\n") else text)
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.textarea_text.append(data)

    def add(self, name, value):
        if self.select and self.select_multiple:
            self.data.setdefault(name, []).append(value)
        else:
            self.data[name] = value


def read_form(html, form_id="article_form"):
    """The fields of a form as the browser would submit them (without file inputs), plus its save button."""
    reader = FormReader(form_id)
    reader.feed(html)
    reader.data["_save"] = "Save"
    return reader.data
