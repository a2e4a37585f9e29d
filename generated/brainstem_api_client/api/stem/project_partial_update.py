from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.patched_project_request import PatchedProjectRequest
from ...models.private_portal import PrivatePortal
from ...models.project_detail import ProjectDetail
from ...types import Response


def _get_kwargs(
    portal: PrivatePortal,
    id: UUID,
    *,
    body: PatchedProjectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/{portal}/stem/project/{id}/".format(
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
) -> Error | ProjectDetail | None:
    if response.status_code == 200:
        response_200 = ProjectDetail.from_dict(response.json())

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
) -> Response[Error | ProjectDetail]:
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
    body: PatchedProjectRequest,
) -> Response[Error | ProjectDetail]:
    """Change the given fields of a project.

     An entry in `users` or `groups` adds that member or sets its permissions (omitted permissions become
    false); an entry with `remove: true` removes the member.

    Args:
        portal (PrivatePortal):
        id (UUID):
        body (PatchedProjectRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectDetail]
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
    body: PatchedProjectRequest,
) -> Error | ProjectDetail | None:
    """Change the given fields of a project.

     An entry in `users` or `groups` adds that member or sets its permissions (omitted permissions become
    false); an entry with `remove: true` removes the member.

    Args:
        portal (PrivatePortal):
        id (UUID):
        body (PatchedProjectRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectDetail
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
    body: PatchedProjectRequest,
) -> Response[Error | ProjectDetail]:
    """Change the given fields of a project.

     An entry in `users` or `groups` adds that member or sets its permissions (omitted permissions become
    false); an entry with `remove: true` removes the member.

    Args:
        portal (PrivatePortal):
        id (UUID):
        body (PatchedProjectRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectDetail]
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
    body: PatchedProjectRequest,
) -> Error | ProjectDetail | None:
    """Change the given fields of a project.

     An entry in `users` or `groups` adds that member or sets its permissions (omitted permissions become
    false); an entry with `remove: true` removes the member.

    Args:
        portal (PrivatePortal):
        id (UUID):
        body (PatchedProjectRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectDetail
    """

    return (
        await asyncio_detailed(
            portal=portal,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
