"""Staff accounts for the editorial roles (``articles/roles.py``).

- Putting a colleague in a role group makes them staff, whatever does it (the user form, the
  group's form, ``user.groups.add``, a command): without staff status Django's admin would not
  let them sign in. The rule is an ``m2m_changed`` handler on the users' groups, connected in
  ``ArticlesConfig.ready()``; taking someone out of a group leaves their status as it is.
- ``add_staff_member`` creates (or updates) an account in one role: ``manage.py add_staff`` and
  ``make editor`` call it, reading the password from ``$NEWSROOM_STAFF_PASSWORD`` or asking for it
  when a terminal is attached.
"""

import getpass
import os
import sys

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.signals import m2m_changed

from .roles import ROLES

PASSWORD_VARIABLE = "NEWSROOM_STAFF_PASSWORD"


class StaffError(Exception):
    """An account could not be made: the message says why."""


def make_role_members_staff(sender, instance, action, reverse, pk_set, **kwargs):
    """Members added to a role group become staff (m2m_changed on User.groups, either side)."""
    if action != "post_add" or not pk_set:
        return
    users = get_user_model().objects.filter(is_staff=False)
    if reverse:  # group.user_set.add(...): instance is the group, pk_set the users
        if instance.name in ROLES:
            users.filter(pk__in=pk_set).update(is_staff=True)
        return
    if Group.objects.filter(pk__in=pk_set, name__in=list(ROLES)).exists() and not instance.is_staff:
        users.filter(pk=instance.pk).update(is_staff=True)
        instance.is_staff = True


def connect_signals():
    m2m_changed.connect(
        make_role_members_staff, sender=get_user_model().groups.through, dispatch_uid="articles.staffing",
    )


def ask_password(*, stdin=None, environ=os.environ):
    """The password from the environment, else typed twice at a terminal; StaffError when neither is possible."""
    password = environ.get(PASSWORD_VARIABLE, "")
    if password:
        return password
    stdin = stdin or sys.stdin
    if not (hasattr(stdin, "isatty") and stdin.isatty()):
        raise StaffError(f"No password: set {PASSWORD_VARIABLE}, or run this at a terminal to type one.")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password (again): "):
        raise StaffError("The two passwords differ; nothing was changed.")
    return first


def add_staff_member(username, *, email="", role, password):
    """Create a staff account in role (or give an existing one the role and this password)."""
    if role not in ROLES:
        raise StaffError(f"No role called {role!r}; the roles are {', '.join(sorted(ROLES))}.")
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.filter(username=username).first()
        created = user is None
        if created:
            user = User(username=username)
        try:
            User.username_validator(username)
            password_validation.validate_password(password, user)
        except ValidationError as error:
            raise StaffError(" ".join(error.messages)) from None
        if email:
            user.email = email
        user.is_staff = True
        user.set_password(password)
        user.save()
        group = Group.objects.filter(name=role).first()
        if group is None:
            raise StaffError(f"The {role} group is missing: run `manage.py migrate` first.")
        user.groups.add(group)
    return user, created
