from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.filters import Filters
from ...models.private_portal import PrivatePortal
from ...models.project_group_membership_invitation_detail import (
    ProjectGroupMembershipInvitationDetail,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    portal: PrivatePortal,
    id: UUID,
    *,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include[]"] = json_include

    json_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters.to_dict()
    if not isinstance(json_filters, Unset):
        params.update(json_filters)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/{portal}/stem/projectgroupmembershipinvitation/{id}/".format(
            portal=quote(str(portal), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProjectGroupMembershipInvitationDetail | None:
    if response.status_code == 200:
        response_200 = ProjectGroupMembershipInvitationDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProjectGroupMembershipInvitationDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    portal: PrivatePortal,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> Response[Error | ProjectGroupMembershipInvitationDetail]:
    """Get one project group membership invitation.

    Args:
        portal (PrivatePortal):
        id (UUID):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; values are
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectGroupMembershipInvitationDetail]
    """

    kwargs = _get_kwargs(
        portal=portal,
        id=id,
        include=include,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    portal: PrivatePortal,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> Error | ProjectGroupMembershipInvitationDetail | None:
    """Get one project group membership invitation.

    Args:
        portal (PrivatePortal):
        id (UUID):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; values are
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectGroupMembershipInvitationDetail
    """

    return sync_detailed(
        portal=portal,
        id=id,
        client=client,
        include=include,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    portal: PrivatePortal,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> Response[Error | ProjectGroupMembershipInvitationDetail]:
    """Get one project group membership invitation.

    Args:
        portal (PrivatePortal):
        id (UUID):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; values are
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectGroupMembershipInvitationDetail]
    """

    kwargs = _get_kwargs(
        portal=portal,
        id=id,
        include=include,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    portal: PrivatePortal,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> Error | ProjectGroupMembershipInvitationDetail | None:
    """Get one project group membership invitation.

    Args:
        portal (PrivatePortal):
        id (UUID):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; values are
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectGroupMembershipInvitationDetail
    """

    return (
        await asyncio_detailed(
            portal=portal,
            id=id,
            client=client,
            include=include,
            filters=filters,
        )
    ).parsed
