from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.filters import Filters
from ...models.portal import Portal
from ...models.regulatory_authority_list import RegulatoryAuthorityList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    portal: Portal,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> dict[str, Any]:

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

    json_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters.to_dict()
    if not isinstance(json_filters, Unset):
        params.update(json_filters)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/{portal}/taxonomies/regulatoryauthority/".format(
            portal=quote(str(portal), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegulatoryAuthorityList | None:
    if response.status_code == 200:
        response_200 = RegulatoryAuthorityList.from_dict(response.json())

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
) -> Response[Error | RegulatoryAuthorityList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    portal: Portal,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> Response[Error | RegulatoryAuthorityList]:
    """List regulatory authorities.

    Args:
        portal (Portal):
        limit (int | Unset):
        offset (int | Unset):
        sort (list[str] | Unset):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; values are
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegulatoryAuthorityList]
    """

    kwargs = _get_kwargs(
        portal=portal,
        limit=limit,
        offset=offset,
        sort=sort,
        include=include,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    portal: Portal,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> Error | RegulatoryAuthorityList | None:
    """List regulatory authorities.

    Args:
        portal (Portal):
        limit (int | Unset):
        offset (int | Unset):
        sort (list[str] | Unset):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; values are
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegulatoryAuthorityList
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
    portal: Portal,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> Response[Error | RegulatoryAuthorityList]:
    """List regulatory authorities.

    Args:
        portal (Portal):
        limit (int | Unset):
        offset (int | Unset):
        sort (list[str] | Unset):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; values are
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegulatoryAuthorityList]
    """

    kwargs = _get_kwargs(
        portal=portal,
        limit=limit,
        offset=offset,
        sort=sort,
        include=include,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    portal: Portal,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    filters: Filters | Unset = UNSET,
) -> Error | RegulatoryAuthorityList | None:
    """List regulatory authorities.

    Args:
        portal (Portal):
        limit (int | Unset):
        offset (int | Unset):
        sort (list[str] | Unset):
        include (list[str] | Unset):
        filters (Filters | Unset): Keys are `filter{field}` or `filter{field.op}`; values are
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegulatoryAuthorityList
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
