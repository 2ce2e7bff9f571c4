"""The review's fallback for commercial interests never asks again for the figure withheld (session 14, nc5)."""

from askfoi.followup import review_letter

PER_CONTRACT = ("We hold the amounts paid to the operator under each school transport contract. We have decided to "
                "withhold them under section 43(2) of the Freedom of Information Act, as release would prejudice the "
                "commercial interests of the operator. The public interest favours withholding the information.")
RATES = ("We have decided to withhold the hourly rates charged by the contractor under section 43(2). The public "
         "interest favours withholding the information.")


def test_sums_per_contract_withheld_get_the_sum_across_contracts():
    body = review_letter(PER_CONTRACT, request="How much did you pay under each school transport contract in 2025?",
                         authority="Devon County Council").body
    assert "across all the contracts" in body and "total value of each contract" not in body


def test_rates_withheld_get_each_contract_total():
    body = review_letter(RATES, request="What hourly rates does the contractor charge for grass cutting?",
                         authority="Devon County Council").body
    assert "total value of each contract" in body
