"""What the story body's document editor asks the server while an editor writes (JSON, admin only).

static/articles/admin/story-editor-inserts.js inserts photos, related stories and pull quotes
into the document (articles/body_document/); these views answer its questions:

- ``editor/stories/?q=``: stories whose headline holds the words (or ``?id=``: that story), among
  those the user may see (``roles.visible_stories``, as a related story's choices in ``scoping.py``);
- ``editor/link/?url=``: a pasted address, as one of our stories (its public address, its
  preview or its admin page) or as an outside web address;
- ``editor/photos/?q=``: photos of the library, by caption, alt text or credit (or ``?id=``: that photo);
- ``editor/photos/`` (POST): a new photo uploaded with its caption, alt text and credit, checked
  by ``articles.uploads`` and ``Image.clean()`` exactly as the photo form checks it;
- ``editor/photos/<id>/`` (POST): an existing photo's alt text and credit, for whoever may change photos.

Nothing here writes the story: the document names what was chosen, and saving the story checks
every id again (``body_document.read_document``). A photo is written at once, like one added
from the photo library's own page, with a version in its history and an entry in the admin's log.
"""

from urllib.parse import unquote, urlsplit

import reversion
from django import forms
from django.conf import settings
from django.contrib.admin.utils import unquote as admin_unquote
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.urls import Resolver404, path, resolve, reverse
from django.views.decorators.http import require_http_methods

from newsroom.fields import http_url_validator
from people.models import Organization, Person
from people.querysets import normalise_name

from ..models import Block, Image
from ..uploads import CleanImageField
from .scoping import choices_for

RESULTS = 10
MIN_SEARCH = 2


def story_json(article):
    moment = article.published_at or article.modified_at
    return {
        "id": article.pk, "headline": article.headline, "status": article.display_status,
        "public": article.is_public, "section": article.section.name,
        "date": moment.date().isoformat() if moment else "",
        "url": article.get_absolute_url() if article.is_public else "",
    }


def named(row):
    return {"id": row.pk, "name": row.name} if row is not None else None


def photo_json(image):
    return {
        "id": image.pk, "label": str(image), "caption": image.caption, "altText": image.alt_text,
        "credit": image.credit, "photographer": named(image.photographer), "agency": named(image.agency),
        "preview": image.file.url if image.file else "",
        "size": f"{image.width} × {image.height}" if image.width else "",
    }


def refused(message, status=400, **extra):
    return JsonResponse({"error": message, **extra}, status=status)


def may_write_stories(model_admin, request):
    return model_admin.has_add_permission(request) or model_admin.has_change_permission(request)


def related_story_choices(user):
    return choices_for(Block._meta.get_field("link_article"), user)


def photo_choices(user):
    return choices_for(Block._meta.get_field("image"), user)


def excluded_id(request):
    value = request.GET.get("exclude", "")
    return int(value) if value.isdigit() else None


# Related stories.


def search_stories(model_admin, request):
    words = " ".join(request.GET.get("q", "").split())[:200]
    stories = related_story_choices(request.user).select_related("section")
    if (exclude := excluded_id(request)) is not None:
        stories = stories.exclude(pk=exclude)
    if request.GET.get("id", "").isdigit():  # a box being edited: its story
        stories = stories.filter(pk=request.GET["id"])
    elif len(words) >= MIN_SEARCH:
        for word in words.split()[:8]:
            stories = stories.filter(headline__icontains=word)
    stories = stories.order_by("-modified_at", "-id")[:RESULTS]
    return JsonResponse({"results": [story_json(article) for article in stories]})


def our_hosts(request):
    return {request.get_host().lower(), urlsplit(settings.NEWSROOM_SITE_URL).netloc.lower()}


def story_at(path_part, user):
    """The story an address of this site shows (public page, preview, admin form), if the user may link to it.

    None when the address is not a story's; Http404 when it is one the user may not see or that does not exist.
    """
    try:
        match = resolve(unquote(path_part) or "/")
    except Resolver404:
        return None
    stories = related_story_choices(user).select_related("section")
    if match.view_name == "articles:detail":
        found = stories.filter(slug=match.kwargs["slug"], section__path=match.kwargs["section_path"]).first()
    elif match.view_name == "articles:preview":
        found = stories.filter(pk=match.kwargs["pk"]).first()
    elif match.view_name == "admin:articles_article_change":
        object_id = admin_unquote(match.kwargs["object_id"])
        found = stories.filter(pk=object_id).first() if object_id.isdigit() else None
    else:
        return None
    if found is None:
        raise Http404
    return found


def read_link(model_admin, request):
    url = request.GET.get("url", "").strip()
    if not url:
        return refused("Paste a web address.")
    if "://" not in url and not url.startswith("/"):
        url = f"https://{url}"  # as the admin's URL fields read an address typed without its scheme
    parts = urlsplit(url)
    if url.startswith("/") or parts.netloc.lower() in our_hosts(request):
        try:
            story = story_at(parts.path, request.user)
        except Http404:
            return refused("No story you may link to has that address.")
        if story is not None:
            if story.pk == excluded_id(request):
                return refused("That is the address of this story: a story cannot be related to itself.")
            return JsonResponse({"story": story_json(story)})
        if url.startswith("/"):
            url = settings.NEWSROOM_SITE_URL + url
    max_length = Block._meta.get_field("link_url").max_length
    try:
        http_url_validator(url)
        if len(url) > max_length:
            raise ValidationError(f"The address is longer than {max_length} characters.")
    except ValidationError as error:
        return refused(f"That is not a web address: {' '.join(error.messages)}")
    return JsonResponse({"url": url})


# Photos.


def search_photos(model_admin, request):
    words = " ".join(request.GET.get("q", "").split())[:200]
    photos = photo_choices(request.user).select_related("photographer", "agency")
    if request.GET.get("id", "").isdigit():  # a box being edited: its photo
        photos = photos.filter(pk=request.GET["id"])
    for word in words.split()[:8]:
        photos = photos.filter(
            Q(caption__icontains=word) | Q(alt_text__icontains=word) | Q(credit_line__icontains=word)
            | Q(photographer__name__icontains=word) | Q(agency__name__icontains=word)
        )
    return JsonResponse({"results": [photo_json(image) for image in photos.order_by("-created_at", "-id")[:RESULTS]]})


class PhotoForm(forms.ModelForm):
    """A photo's file (new photos only), alt text, caption and credit, as the editor's photo panel sends them.

    The photographer and the agency are chosen (an id among those the user may see) or typed: a
    typed name is the person or organisation of that name already in the CMS, else a new one,
    for whoever may add them.
    """

    photographer_name = forms.CharField(required=False, max_length=Person._meta.get_field("name").max_length)
    agency_name = forms.CharField(required=False, max_length=Organization._meta.get_field("name").max_length)

    class Meta:
        model = Image
        fields = ["file", "caption", "alt_text", "photographer", "agency"]
        field_classes = {"file": CleanImageField}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        for name in ("photographer", "agency"):
            self.fields[name].queryset = choices_for(Image._meta.get_field(name), user)
        if self.instance.pk:
            # A photo of the library keeps its file; the caption typed in the editor is the story's own.
            del self.fields["file"], self.fields["caption"]
        else:
            self.fields["file"].required = True
            self.fields["file"].error_messages["required"] = "Choose the photo's file."

    def clean(self):
        cleaned_data = super().clean()
        self.to_create = {}
        for name, model, permission, plural in (
            ("photographer", Person, "people.add_person", "people"),
            ("agency", Organization, "people.add_organization", "organisations"),
        ):
            typed = " ".join(cleaned_data.get(f"{name}_name", "").split())
            if cleaned_data.get(name) is not None or not typed:
                continue
            found = self.fields[name].queryset.filter(
                **({"normalized_name": normalise_name(typed)} if model is Person else {"name__iexact": typed})
            ).first()
            if found is not None:
                cleaned_data[name] = found
            elif self.user.has_perm(permission):
                self.to_create[name] = typed
            else:
                self.add_error(f"{name}_name", f"{typed} is not in the CMS, and you may not add {plural}.")
        return cleaned_data

    def save(self, commit=True):
        # The importer's rules for "the same person" and for an agency's kind: one home for each.
        from ..importing import find_or_create_organization, find_or_create_people

        image = super().save(commit=False)
        if "photographer" in self.to_create:
            name = self.to_create["photographer"]
            image.photographer = find_or_create_people([name])[normalise_name(name)]
        if "agency" in self.to_create:
            image.agency = find_or_create_organization(self.to_create["agency"], self.to_create["agency"])
        image.save()
        return image


def errors_json(form):
    return {name: [str(message) for message in messages] for name, messages in form.errors.items()}


def save_photo(model_admin, request, instance=None):
    form = PhotoForm(request.POST, request.FILES, instance=instance, user=request.user)
    if not form.is_valid():
        problems = [message for messages in form.errors.values() for message in messages]
        return refused(" ".join(problems), errors=errors_json(form))
    image_admin = model_admin.admin_site._registry.get(Image)
    with transaction.atomic(), reversion.create_revision():
        image = form.save()
        reversion.set_user(request.user)
        if instance is None:
            reversion.set_comment("Uploaded in the story editor.")
            if image_admin is not None:
                image_admin.log_addition(request, image, [{"added": {}}])
        else:
            reversion.set_comment("Alt text and credit changed in the story editor.")
            if image_admin is not None:
                image_admin.log_change(request, image, [{"changed": {"fields": form.changed_data}}])
    image = Image.objects.select_related("photographer", "agency").get(pk=image.pk)
    return JsonResponse({"photo": photo_json(image)}, status=201 if instance is None else 200)


def photos(model_admin, request):
    if request.method == "GET":
        return search_photos(model_admin, request)
    if not request.user.has_perm("articles.add_image"):
        return refused("You may not upload photos: choose one from the library.", status=403)
    return save_photo(model_admin, request)


def photo(model_admin, request, pk):
    image = photo_choices(request.user).filter(pk=pk).first()
    if image is None:
        return refused("No photo you may use has that number.", status=404)
    if not request.user.has_perm("articles.change_image"):
        return refused("You may not change photos' alt text or credit.", status=403)
    return save_photo(model_admin, request, instance=image)


# Wiring.


def editor_view(model_admin, view, methods):
    @require_http_methods(methods)
    def answer(request, **kwargs):
        if not may_write_stories(model_admin, request):
            return refused("You may not write stories.", status=403)
        return view(model_admin, request, **kwargs)

    return model_admin.admin_site.admin_view(answer)


def urls(model_admin):
    """The editor's JSON views, for the story admin's get_urls()."""
    name = "articles_article_editor_"
    return [
        path("editor/stories/", editor_view(model_admin, search_stories, ["GET"]), name=f"{name}stories"),
        path("editor/link/", editor_view(model_admin, read_link, ["GET"]), name=f"{name}link"),
        path("editor/photos/", editor_view(model_admin, photos, ["GET", "POST"]), name=f"{name}photos"),
        path("editor/photos/<int:pk>/", editor_view(model_admin, photo, ["POST"]), name=f"{name}photo"),
    ]


def editor_settings(user):
    """What the editor's script needs to know (data-editor on the body's field): where to ask, what the user may do."""
    return {
        "stories": reverse("admin:articles_article_editor_stories"),
        "link": reverse("admin:articles_article_editor_link"),
        "photos": reverse("admin:articles_article_editor_photos"),
        "autocomplete": reverse("admin:autocomplete"),
        "mayUpload": user.has_perm("articles.add_image"),
        "mayEditPhotos": user.has_perm("articles.change_image"),
        "mayChoosePhotos": user.has_perm("articles.view_image"),
        "mayAddPeople": user.has_perm("people.add_person"),
        "mayAddOrganizations": user.has_perm("people.add_organization"),
    }
