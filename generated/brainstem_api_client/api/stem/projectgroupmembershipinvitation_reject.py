"""GET /api/{portal}/stem/projectgroupmembershipinvitation/{id}/reject/: Reject a project group membership invitation.

`build_request` gives the request and `parse_response` reads the answer; `sync`, `asyncio`
and their `_detailed` forms send it through a `Client`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, cast
from urllib.parse import quote
from uuid import UUID

from ... import errors
from ...models.private_portal import PrivatePortal
from ...types import RequestArgs, Response

if TYPE_CHECKING:
    from typing import cast

    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.project_group_membership_invitation_detail import (
        ProjectGroupMembershipInvitationDetail,
    )


def build_request(
    portal: PrivatePortal | str,
    id: UUID | str,
) -> RequestArgs:
    """The request to reject a project group membership invitation, as keyword arguments for
    `httpx.Client.request`.

    Args:
        portal (PrivatePortal | str)
        id (UUID | str)
    """

    _kwargs: RequestArgs = {
        "method": "get",
        "url": "/api/{portal}/stem/projectgroupmembershipinvitation/{id}/reject/".format(
            portal=quote(str(PrivatePortal(portal)), safe=""),
            id=quote(str(UUID(str(id))), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response,
) -> Error | Error | list[str] | ProjectGroupMembershipInvitationDetail | None:
    """The body of `response` as the model documented for its status, or None for a
    status the spec does not document."""
    from ...models.error import Error
    from ...models.project_group_membership_invitation_detail import (
        ProjectGroupMembershipInvitationDetail,
    )

    if response.status_code == 200:
        response_200 = ProjectGroupMembershipInvitationDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> Error | list[str]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = Error.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_400_type_1 = cast(list[str], data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Error | list[str] | ProjectGroupMembershipInvitationDetail]:
    documented = (
        response.status_code == 200
        or response.status_code == 400
        or response.status_code == 401
        or response.status_code == 403
        or response.status_code == 404
    )
    if client.raise_on_unexpected_status and not documented:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


def sync_detailed(
    portal: PrivatePortal | str,
    id: UUID | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Error | list[str] | ProjectGroupMembershipInvitationDetail]:
    """Reject a project group membership invitation.

    Args:
        portal (PrivatePortal):
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[str] | ProjectGroupMembershipInvitationDetail]
    """

    request = build_request(
        portal=portal,
        id=id,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    portal: PrivatePortal | str,
    id: UUID | str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Error | list[str] | ProjectGroupMembershipInvitationDetail | None:
    """Reject a project group membership invitation.

    Args:
        portal (PrivatePortal):
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | list[str] | ProjectGroupMembershipInvitationDetail
    """

    return sync_detailed(
        portal=portal,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    portal: PrivatePortal | str,
    id: UUID | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Error | list[str] | ProjectGroupMembershipInvitationDetail]:
    """Reject a project group membership invitation.

    Args:
        portal (PrivatePortal):
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[str] | ProjectGroupMembershipInvitationDetail]
    """

    request = build_request(
        portal=portal,
        id=id,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    portal: PrivatePortal | str,
    id: UUID | str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Error | list[str] | ProjectGroupMembershipInvitationDetail | None:
    """Reject a project group membership invitation.

    Args:
        portal (PrivatePortal):
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | list[str] | ProjectGroupMembershipInvitationDetail
    """

    return (
        await asyncio_detailed(
            portal=portal,
            id=id,
            client=client,
        )
    ).parsed
