from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListFunctionsRequest(_message.Message):
    __slots__ = ("put_inner_thoughts_in_kwargs",)
    PUT_INNER_THOUGHTS_IN_KWARGS_FIELD_NUMBER: _ClassVar[int]
    put_inner_thoughts_in_kwargs: bool
    def __init__(self, put_inner_thoughts_in_kwargs: _Optional[bool] = ...) -> None: ...

class ListFunctionsResponse(_message.Message):
    __slots__ = ("functions",)
    FUNCTIONS_FIELD_NUMBER: _ClassVar[int]
    functions: _containers.RepeatedCompositeFieldContainer[FunctionSchema]
    def __init__(self, functions: _Optional[_Iterable[_Union[FunctionSchema, _Mapping]]] = ...) -> None: ...

class FunctionSchema(_message.Message):
    __slots__ = ("name", "description", "parameters")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    name: str
    description: str
    parameters: str
    def __init__(self, name: _Optional[str] = ..., description: _Optional[str] = ..., parameters: _Optional[str] = ...) -> None: ...

class ExecuteFunctionRequest(_message.Message):
    __slots__ = ("agent_id", "name", "arguments")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ARGUMENTS_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    name: str
    arguments: str
    def __init__(self, agent_id: _Optional[str] = ..., name: _Optional[str] = ..., arguments: _Optional[str] = ...) -> None: ...

class ExecuteFunctionResponse(_message.Message):
    __slots__ = ("ok", "result", "message_to_user", "memory_changed")
    OK_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TO_USER_FIELD_NUMBER: _ClassVar[int]
    MEMORY_CHANGED_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    result: str
    message_to_user: str
    memory_changed: bool
    def __init__(self, ok: _Optional[bool] = ..., result: _Optional[str] = ..., message_to_user: _Optional[str] = ..., memory_changed: _Optional[bool] = ...) -> None: ...
