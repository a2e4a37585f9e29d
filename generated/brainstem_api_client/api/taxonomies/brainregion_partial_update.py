from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brain_region_detail import BrainRegionDetail
from ...models.error import Error
from ...models.patched_brain_region_request import PatchedBrainRegionRequest
from ...models.private_portal import PrivatePortal
from ...types import Response


def _get_kwargs(
    portal: PrivatePortal,
    id: UUID,
    *,
    body: PatchedBrainRegionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/{portal}/taxonomies/brainregion/{id}/".format(
            portal=quote(str(portal), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrainRegionDetail | Error | None:
    if response.status_code == 200:
        response_200 = BrainRegionDetail.from_dict(response.json())

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
) -> Response[BrainRegionDetail | Error]:
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
    body: PatchedBrainRegionRequest,
) -> Response[BrainRegionDetail | Error]:
    """Change the given fields of a brain region.

     Administrators only.

    Args:
        portal (PrivatePortal):
        id (UUID):
        body (PatchedBrainRegionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrainRegionDetail | Error]
    """

    kwargs = _get_kwargs(
        portal=portal,
        id=id,
        body=body,
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
    body: PatchedBrainRegionRequest,
) -> BrainRegionDetail | Error | None:
    """Change the given fields of a brain region.

     Administrators only.

    Args:
        portal (PrivatePortal):
        id (UUID):
        body (PatchedBrainRegionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrainRegionDetail | Error
    """

    return sync_detailed(
        portal=portal,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    portal: PrivatePortal,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedBrainRegionRequest,
) -> Response[BrainRegionDetail | Error]:
    """Change the given fields of a brain region.

     Administrators only.

    Args:
        portal (PrivatePortal):
        id (UUID):
        body (PatchedBrainRegionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrainRegionDetail | Error]
    """

    kwargs = _get_kwargs(
        portal=portal,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    portal: PrivatePortal,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedBrainRegionRequest,
) -> BrainRegionDetail | Error | None:
    """Change the given fields of a brain region.

     Administrators only.

    Args:
        portal (PrivatePortal):
        id (UUID):
        body (PatchedBrainRegionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrainRegionDetail | Error
    """

    return (
        await asyncio_detailed(
            portal=portal,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
