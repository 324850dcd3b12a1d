"""The desk page, which is the admin's home for staff, and its buttons.

The page reads ``articles.desk.read_desk``; the buttons call ``articles/publishing.py`` (send back
with a note, publish, submit for review), so the history, the actions log and the notifications
are the same as from any other path. Every story id posted is checked against what the user may
do with that story (``articles/roles.py``). Plain forms: nothing here needs JavaScript.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.views.decorators.http import require_POST

from .. import notifying, presence, publishing, roles
from ..desk import read_desk
from ..models import Article, NotificationPreference
from . import front_pages


class SendBackForm(forms.Form):
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}), max_length=4000,
        help_text="What the writer should change; they see it on the story and their desk.",
    )


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["email"]


def render_desk(request, *, send_back_form=None, failed_pk=None):
    desk = read_desk(request.user)
    site_context = admin.site.each_context(request)
    context = {
        **site_context,
        "title": "Desk",
        "subtitle": None,
        "desk": desk,
        "desk_unread_count": desk.unread_count,
        "may_publish": roles.can_publish(request.user),
        "send_back_form": send_back_form,
        "failed_pk": failed_pk,
        # The models a role uses, beside the trays, as on the admin's own home page.
        "app_list": site_context["available_apps"],
    }
    request.current_app = admin.site.name
    return TemplateResponse(request, "admin/desk/index.html", context, status=400 if failed_pk else 200)


def desk_view(request):
    return render_desk(request)


def story_for(request, pk, *, may):
    """The story posted, if the user may see it and do this to it; otherwise 404 or 403."""
    article = Article.objects.filter(pk=pk).first()
    if article is None or not roles.may_see_story(request.user, article):
        raise Http404("No such story.")
    if not may(request.user, article):
        raise PermissionDenied
    return article


def may_review(user, article):
    return roles.can_publish(user) and user.has_perm("articles.change_article")


def may_edit(user, article):
    return user.has_perm("articles.change_article") and roles.may_edit_story(user, article)


@require_POST
def send_back_view(request, pk):
    article = story_for(request, pk, may=may_review)
    form = SendBackForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"Write a note for the writer of “{article}” before sending it back.")
        return render_desk(request, send_back_form=form, failed_pk=article.pk)
    if article.status != Article.Status.IN_REVIEW:
        messages.warning(request, f"“{article}” is no longer in review; nothing was sent back.")
    elif publishing.send_back(article, user=request.user, note=form.cleaned_data["note"]):
        messages.success(request, f"Sent “{article}” back to its writer with your note.")
    return redirect("desk:index")


@require_POST
def publish_view(request, pk):
    article = story_for(request, pk, may=may_review)
    if article.status != Article.Status.IN_REVIEW:
        messages.warning(request, f"“{article}” is no longer in review; it was left as it is.")
    elif publishing.publish(article, user=request.user):
        messages.success(request, f"Published “{article}”.")
    return redirect("desk:index")


@require_POST
def submit_view(request, pk):
    article = story_for(request, pk, may=may_edit)
    if article.status != Article.Status.DRAFT:
        messages.warning(request, f"“{article}” is not a draft; it was left as it is.")
    elif publishing.submit_for_review(article, user=request.user):
        messages.success(request, f"Submitted “{article}” for review.")
    return redirect("desk:index")


@require_POST
def mark_read_view(request):
    notifying.mark_read(request.user)
    return redirect("desk:index")


def preferences_view(request):
    preference = NotificationPreference.objects.filter(user=request.user).first() or NotificationPreference(
        user=request.user,
    )
    form = PreferenceForm(request.POST if request.method == "POST" else None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your e-mail preference is saved.")
        return redirect("desk:preferences")
    context = {**admin.site.each_context(request), "title": "My notifications", "subtitle": None, "form": form}
    request.current_app = admin.site.name
    return TemplateResponse(request, "admin/desk/preferences.html", context)


def may_open(user, article):
    return user.has_perm("articles.view_article")


def presence_answer(request, article):
    """What the open form's banner shows: who else is there, whether someone took over, whether this editor may."""
    others = presence.others_editing(article, request.user)
    taken = presence.taken_over_from(article, request.user)
    return JsonResponse({
        # Whoever took over is named by the take-over's own line.
        "others": [presence.describe(other) for other in others if not (taken and other.user_id == taken.user_id)],
        "taken_over": presence.describe_take_over(taken) if taken else None,
        "can_take_over": may_edit(request.user, article) and any(other.taken_over_at is None for other in others),
        "interval": settings.NEWSROOM_PRESENCE_HEARTBEAT_SECONDS,
    })


@require_POST
def heartbeat_view(request, pk):
    """The open story form says it is still there, and hears who else has the story open."""
    article = story_for(request, pk, may=may_open)
    presence.record_presence(article, request.user)
    return presence_answer(request, article)


@require_POST
def take_over_view(request, pk):
    """This editor takes the story over from the others who have it open; they are told on their next heartbeat."""
    article = story_for(request, pk, may=may_edit)
    presence.take_over(article, request.user)
    return presence_answer(request, article)


@require_POST
def leave_view(request, pk):
    """The story's tab was closed or left: this editor no longer counts as editing it."""
    article = story_for(request, pk, may=may_open)
    presence.leave_story(article, request.user)
    return JsonResponse({"left": True})


def desk_urls():
    """The desk's addresses, put before the admin's own so that /admin/ opens the desk."""
    view = admin.site.admin_view
    return [
        path("", view(desk_view), name="index"),
        path("desk/stories/<int:pk>/send-back/", view(send_back_view), name="send-back"),
        path("desk/stories/<int:pk>/publish/", view(publish_view), name="publish"),
        path("desk/stories/<int:pk>/submit/", view(submit_view), name="submit"),
        path("desk/stories/<int:pk>/presence/", view(heartbeat_view), name="heartbeat"),
        path("desk/stories/<int:pk>/leave/", view(leave_view), name="leave"),
        path("desk/stories/<int:pk>/take-over/", view(take_over_view), name="take-over"),
        path("desk/stories/<int:pk>/front-pages/", view(front_pages.story_front_pages_view), name="story-front-pages"),
        path("desk/stories/<int:pk>/front-pages/place/", view(front_pages.place_story_view), name="story-place"),
        path("desk/stories/<int:pk>/front-pages/take-off/", view(front_pages.take_off_story_view), name="story-take-off"),
        path("desk/front-pages/", view(front_pages.front_pages_view), name="front-pages"),
        path("desk/notifications/read/", view(mark_read_view), name="mark-read"),
        path("desk/preferences/", view(preferences_view), name="preferences"),
    ]
