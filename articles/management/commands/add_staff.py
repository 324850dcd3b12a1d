from django.core.management import BaseCommand, CommandError

from articles.roles import ROLES
from articles.staffing import PASSWORD_VARIABLE, StaffError, add_staff_member, ask_password


class Command(BaseCommand):
    help = (
        "Create a staff account in one editorial role (Editor by default), or put an existing one in it. "
        f"The password comes from ${PASSWORD_VARIABLE}, or is asked for when a terminal is attached."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="", help="Where the desk's notifications are sent.")
        parser.add_argument("--role", default="Editor", choices=sorted(ROLES), help="The role group (Editor).")

    def handle(self, *args, username, email, role, **options):
        try:
            password = ask_password()
            user, created = add_staff_member(username, email=email, role=role, password=password)
        except StaffError as error:
            raise CommandError(str(error)) from None
        verb = "Created" if created else "Updated"
        self.stdout.write(self.style.SUCCESS(
            f"{verb} {user.get_username()} in the {role} group: sign in at /admin/ to open the desk."
        ))
