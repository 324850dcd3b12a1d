"""The address a request came from, for sign-in throttling, when proxies stand in front.

Behind a proxy or CDN every request arrives from the proxy's address, and the client's address
is only in ``X-Forwarded-For``, a header anyone can send. So the header is believed only when
the connection comes from one of ``NEWSROOM_TRUSTED_PROXIES`` (addresses or networks), and
then only as far as it was written by trusted proxies: read from the right, each trusted hop
is skipped and the first address that is not a trusted proxy is the client. A request from any
other address is keyed on its own address, whatever header it carries.

django-axes calls :func:`client_ip_address` (``AXES_CLIENT_IP_CALLABLE``). django-ipware, which
axes would otherwise use, trusts the header without looking at who sent it.
"""

import functools
import ipaddress

from django.conf import settings


@functools.lru_cache(maxsize=8)
def trusted_networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def parse_address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_ip_address(request):
    """The client's address: the connecting address, or what trusted proxies say it was."""
    remote = request.META.get("REMOTE_ADDR", "")
    networks = trusted_networks(tuple(settings.NEWSROOM_TRUSTED_PROXIES))
    if not is_trusted(parse_address(remote), networks):
        return remote
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        address = parse_address(hop)
        if address is None:
            # A hop no proxy of ours wrote: whatever lies left of it is the client's own say-so.
            break
        if not is_trusted(address, networks):
            return str(address)
    return remote
