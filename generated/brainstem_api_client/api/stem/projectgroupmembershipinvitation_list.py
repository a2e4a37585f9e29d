"""GET /api/{portal}/stem/projectgroupmembershipinvitation/: List project group membership invitations.

`build_request` gives the request and `parse_response` reads the answer; `sync`, `asyncio`
and their `_detailed` forms send it through a `Client`.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ... import errors
from ...models.private_portal import PrivatePortal
from ...types import UNSET, RequestArgs, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.filters import Filters
    from ...models.project_group_membership_invitation_list import (
        ProjectGroupMembershipInvitationList,
    )


def build_request(
    portal: PrivatePortal | str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Mapping[str, list[str] | str] | Unset = UNSET,
) -> RequestArgs:
    """The request to list project group membership invitations, as keyword arguments for
    `httpx.Client.request`.

    Args:
        portal (PrivatePortal | str)
        limit (int | Unset)
        offset (int | Unset)
        sort (list[str] | Unset)
        include (list[str] | Unset)
        filters (Filters | Mapping[str, list[str] | str] | Unset): Keys are `filter{field}`
            or `filter{field.op}`; a value is a string, or a list of strings sent as one
            parameter each (`filter{id.in}=a&filter{id.in}=b`).
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort[]"] = json_sort

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include[]"] = json_include

    if isinstance(filters, Mapping):
        params.update(filters)
    elif not isinstance(filters, Unset):
        params.update(filters.to_dict())

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "get",
        "url": "/api/{portal}/stem/projectgroupmembershipinvitation/".format(
            portal=quote(str(PrivatePortal(portal)), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response,
) -> Error | Error | list[str] | ProjectGroupMembershipInvitationList | None:
    """The body of `response` as the model documented for its status, or None for a
    status the spec does not document."""
    from ...models.error import Error
    from ...models.project_group_membership_invitation_list import (
        ProjectGroupMembershipInvitationList,
    )

    if response.status_code == 200:
        response_200 = ProjectGroupMembershipInvitationList.from_dict(response.json())

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
) -> Response[Error | Error | list[str] | ProjectGroupMembershipInvitationList]:
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Mapping[str, list[str] | str] | Unset = UNSET,
) -> Response[Error | Error | list[str] | ProjectGroupMembershipInvitationList]:
    """List project group membership invitations.

    Args:
        portal (PrivatePortal):
        limit (int | Unset):
        offset (int | Unset):
        sort (list[str] | Unset):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; a value is a
            string, or a list of strings sent as one parameter each
            (`filter{id.in}=a&filter{id.in}=b`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[str] | ProjectGroupMembershipInvitationList]
    """

    request = build_request(
        portal=portal,
        limit=limit,
        offset=offset,
        sort=sort,
        include=include,
        filters=filters,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    portal: PrivatePortal | str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Mapping[str, list[str] | str] | Unset = UNSET,
) -> Error | Error | list[str] | ProjectGroupMembershipInvitationList | None:
    """List project group membership invitations.

    Args:
        portal (PrivatePortal):
        limit (int | Unset):
        offset (int | Unset):
        sort (list[str] | Unset):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; a value is a
            string, or a list of strings sent as one parameter each
            (`filter{id.in}=a&filter{id.in}=b`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | list[str] | ProjectGroupMembershipInvitationList
    """

    return sync_detailed(
        portal=portal,
        client=client,
        limit=limit,
        offset=offset,
        sort=sort,
        include=include,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    portal: PrivatePortal | str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Mapping[str, list[str] | str] | Unset = UNSET,
) -> Response[Error | Error | list[str] | ProjectGroupMembershipInvitationList]:
    """List project group membership invitations.

    Args:
        portal (PrivatePortal):
        limit (int | Unset):
        offset (int | Unset):
        sort (list[str] | Unset):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; a value is a
            string, or a list of strings sent as one parameter each
            (`filter{id.in}=a&filter{id.in}=b`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[str] | ProjectGroupMembershipInvitationList]
    """

    request = build_request(
        portal=portal,
        limit=limit,
        offset=offset,
        sort=sort,
        include=include,
        filters=filters,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    portal: PrivatePortal | str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Mapping[str, list[str] | str] | Unset = UNSET,
) -> Error | Error | list[str] | ProjectGroupMembershipInvitationList | None:
    """List project group membership invitations.

    Args:
        portal (PrivatePortal):
        limit (int | Unset):
        offset (int | Unset):
        sort (list[str] | Unset):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; a value is a
            string, or a list of strings sent as one parameter each
            (`filter{id.in}=a&filter{id.in}=b`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | list[str] | ProjectGroupMembershipInvitationList
    """

    return (
        await asyncio_detailed(
            portal=portal,
            client=client,
            limit=limit,
            offset=offset,
            sort=sort,
            include=include,
            filters=filters,
        )
    ).parsed
