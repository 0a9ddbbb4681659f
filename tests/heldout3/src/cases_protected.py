import p1_social_skola, p2_vard_hr, p3_ekonomi_kund, p4_it_juridik, p5_sekretess_mote_epost, p6_komplettering
CASES = (p1_social_skola.CASES + p2_vard_hr.CASES + p3_ekonomi_kund.CASES + p4_it_juridik.CASES
         + p5_sekretess_mote_epost.CASES + p6_komplettering.CASES)
