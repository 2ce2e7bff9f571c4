"""lead47 (lw53's route leftovers): fuel burnt by a fleet is energy used, so a part asking how much petrol or diesel
was used is environmental information (EIR); spend on fuel cards and "fuel poverty" stay under the Act."""

import pytest

from askfoi.environmental import part_law


@pytest.mark.parametrize("text", [
    "how much petrol did the parks department vans use last year",
    "The number of litres of diesel used by the refuse lorries in 2024",
    "the fuel consumption of the council's fleet",
])
def test_fuel_used_is_energy(text):
    assert part_law(text, "council").environmental


@pytest.mark.parametrize("text", [
    "how much did the police spend on fuel cards",
    "how many households are in fuel poverty in the borough",
])
def test_fuel_money_stays_under_the_act(text):
    assert not part_law(text, "council").environmental
