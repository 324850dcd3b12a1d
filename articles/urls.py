from django.urls import path, re_path

from . import feeds, preview, views

app_name = "articles"

SECTION_PATH = r"(?P<section_path>[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*)"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("preview/<int:pk>/", preview.ArticlePreviewView.as_view(), name="preview"),
    path("feeds/rss/", feeds.LatestStoriesFeed(), name="feed-rss"),
    path("feeds/atom/", feeds.LatestStoriesAtomFeed(), name="feed-atom"),
    re_path(rf"^feeds/{SECTION_PATH}/rss/$", feeds.LatestStoriesFeed(), name="section-feed-rss"),
    re_path(rf"^feeds/{SECTION_PATH}/atom/$", feeds.LatestStoriesAtomFeed(), name="section-feed-atom"),
    re_path(
        rf"^{SECTION_PATH}/(?P<year>[0-9]{{4}})/(?P<month>[0-9]{{2}})/(?P<day>[0-9]{{2}})/(?P<slug>[-a-zA-Z0-9_]+)/$",
        views.ArticleDetailView.as_view(),
        name="detail",
    ),
    re_path(rf"^{SECTION_PATH}/$", views.SectionView.as_view(), name="section"),
]
