import o1_policy_nyheter_kod, o2_vardag_nummer_engelska
CASES = o1_policy_nyheter_kod.CASES + o2_vardag_nummer_engelska.CASES
