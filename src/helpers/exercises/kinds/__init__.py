"""One class per exercise kind, registered in ``KINDS`` by its ``jenis`` when it is defined."""

from helpers.exercises.kinds.arrange import Classify, Order
from helpers.exercises.kinds.base import KINDS, BankError, BankFields, Exercise
from helpers.exercises.kinds.choice import MultipleAnswer, MultipleChoice
from helpers.exercises.kinds.numeric import Numeric
from helpers.exercises.kinds.reflection import Reflection

__all__ = [
    "KINDS",
    "BankError",
    "BankFields",
    "Classify",
    "Exercise",
    "MultipleAnswer",
    "MultipleChoice",
    "Numeric",
    "Order",
    "Reflection",
]
