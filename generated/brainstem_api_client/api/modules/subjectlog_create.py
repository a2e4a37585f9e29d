"""POST /api/{portal}/modules/subjectlog/: Create a subject log.

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
from ...types import RequestArgs, Response

if TYPE_CHECKING:
    from typing import cast

    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.subject_log_detail import SubjectLogDetail
    from ...models.subject_log_request import SubjectLogRequest


def build_request(
    portal: PrivatePortal | str,
    *,
    body: SubjectLogRequest | Mapping[str, object],
) -> RequestArgs:
    """The request to create a subject log, as keyword arguments for `httpx.Client.request`.

    Args:
        portal (PrivatePortal | str)
        body (SubjectLogRequest | Mapping[str, object]): sent as JSON; a mapping is sent as
            it is
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "post",
        "url": "/api/{portal}/modules/subjectlog/".format(
            portal=quote(str(PrivatePortal(portal)), safe=""),
        ),
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response,
) -> Error | Error | list[str] | SubjectLogDetail | None:
    """The body of `response` as the model documented for its status, or None for a
    status the spec does not document."""
    from ...models.error import Error
    from ...models.subject_log_detail import SubjectLogDetail

    if response.status_code == 201:
        response_201 = SubjectLogDetail.from_dict(response.json())

        return response_201

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
) -> Response[Error | Error | list[str] | SubjectLogDetail]:
    documented = (
        response.status_code == 201
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
    body: SubjectLogRequest | Mapping[str, object],
) -> Response[Error | Error | list[str] | SubjectLogDetail]:
    """Create a subject log.

    Args:
        portal (PrivatePortal):
        body (SubjectLogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[str] | SubjectLogDetail]
    """

    request = build_request(
        portal=portal,
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    portal: PrivatePortal | str,
    *,
    client: AuthenticatedClient | Client,
    body: SubjectLogRequest | Mapping[str, object],
) -> Error | Error | list[str] | SubjectLogDetail | None:
    """Create a subject log.

    Args:
        portal (PrivatePortal):
        body (SubjectLogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | list[str] | SubjectLogDetail
    """

    return sync_detailed(
        portal=portal,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    portal: PrivatePortal | str,
    *,
    client: AuthenticatedClient | Client,
    body: SubjectLogRequest | Mapping[str, object],
) -> Response[Error | Error | list[str] | SubjectLogDetail]:
    """Create a subject log.

    Args:
        portal (PrivatePortal):
        body (SubjectLogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[str] | SubjectLogDetail]
    """

    request = build_request(
        portal=portal,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    portal: PrivatePortal | str,
    *,
    client: AuthenticatedClient | Client,
    body: SubjectLogRequest | Mapping[str, object],
) -> Error | Error | list[str] | SubjectLogDetail | None:
    """Create a subject log.

    Args:
        portal (PrivatePortal):
        body (SubjectLogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | list[str] | SubjectLogDetail
    """

    return (
        await asyncio_detailed(
            portal=portal,
            client=client,
            body=body,
        )
    ).parsed
