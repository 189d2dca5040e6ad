package org.tawazun.coding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawazun.TestDocs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English sentences of our own for every PLOVER type (see {@link ArabicPatternsTest}); at least three a type.
 */
class EnglishPatternsTest {
    /** AGREE: 12 English sentences; announced support or access (will support, would let inspectors return) is an agreement. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Egypt and Saudi Arabia signed an energy cooperation agreement on Sunday.    | AGREE EGY>SAU asserted
            Turkey signed a free trade deal with Qatar.                                 | AGREE TUR>QAT asserted
            Russia and China agreed to expand military cooperation.                     | AGREE RUS>CHN asserted
            Iran and Saudi Arabia reached an agreement to restore diplomatic relations. | AGREE IRN>SAU asserted
            Japan pledged to provide economic aid to Vietnam.                           | AGREE JPN>VNM asserted
            Syria offered its troops to Lebanon.                                        | AGREE SYR>LBN asserted
            France is ready to contribute troops to a peacekeeping force in Mali.       | AGREE FRA>MLI asserted
            Guyana and Venezuela agreed that they will not use force against each other. | AGREE GUY>VEN asserted
            Denmark accepted a formula for ending its fisheries dispute with the European Union. | AGREE DNK>EU asserted
            Egypt said it would support the Sudanese army.                              | AGREE EGY>SDN asserted
            Jordan will allow the return of Syrian refugees next month.                 | AGREE JOR>SYR asserted
            Iraq said it would let UN inspectors return.                                | AGREE IRQ>UN asserted
            The United Nations will provide food aid to refugees in Chad.               | AGREE UN>TCD asserted
            Japan will send humanitarian aid to Turkey.                                 | AGREE JPN>TUR asserted
            Russia said it would withdraw its troops from Moldova.                      | AGREE RUS>MDA asserted
            """)
    void agree(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** CONSULT: 5 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            French President Emmanuel Macron visited Algeria on Tuesday.         | CONSULT FRA>DZA asserted
            Vladimir Putin met Recep Tayyip Erdogan in Sochi.                    | CONSULT RUS>TUR asserted
            The Iranian foreign minister held talks with Qatar's emir in Doha.   | CONSULT IRN>QAT asserted
            Jordan's King Abdullah hosted the Chinese foreign minister in Amman. | CONSULT JOR>CHN asserted
            Biden spoke by phone with Netanyahu on Monday.                       | CONSULT USA>ISR asserted
            """)
    void consult(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** SUPPORT: 4 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The United States praised Qatar for its mediation. | SUPPORT USA>QAT asserted
            Germany expressed support for Ukraine.             | SUPPORT DEU>UKR asserted
            Spain recognized the State of Palestine.           | SUPPORT ESP>PSE asserted
            Erdogan congratulated Azerbaijan on its victory.   | SUPPORT TUR>AZE asserted
            """)
    void support(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /**
     * CONCEDE (PLOVER: verbal concessions, easing curfews, emergencies and restrictions, amnesties, regret, calling off
     * protests, declaring a ceasefire): 14 English sentences.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Japanese prime minister apologized to South Korea.              | CONCEDE JPN>KOR asserted
            The Netherlands offered an apology to Indonesia.                    | CONCEDE NLD>IDN asserted
            Sudan accepted demands from Ethiopia.                               | CONCEDE SDN>ETH asserted
            Serbia lifted the night curfew in Kosovo.                           | CONCEDE SRB>XKX asserted
            The Iraqi government shortened the curfew in Baghdad by two hours.  | CONCEDE IRQ>IRQ asserted
            The Egyptian government ended the state of emergency on Sunday.     | CONCEDE EGY>EGY asserted
            Thailand lifted martial law in Bangkok.                             | CONCEDE THA>THA asserted
            The Syrian president granted an amnesty to political prisoners.     | CONCEDE SYR> asserted
            The Sudanese government pardoned 50 rebels.                         | CONCEDE SDN>SDN asserted
            Japan expressed deep regret over the incident.                      | CONCEDE JPN> asserted
            Turkey dropped its objection to Sweden's membership of NATO.        | CONCEDE TUR>SWE asserted
            Teachers in Nigeria called off their strike.                        | CONCEDE NGA> asserted
            The Houthis declared a unilateral ceasefire.                        | CONCEDE YEM> asserted
            Sudan lifted the state of emergency in Darfur.                      | CONCEDE SDN>SDN asserted
            President Omar el-Bashir lifted the curfew in Khartoum.             | CONCEDE SDN>SDN asserted
            """)
    void concede(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** COOPERATE: 3 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Moroccan police cooperated with Spain to dismantle a terrorist cell. | COOPERATE MAR>ESP asserted
            Egypt held joint naval exercises with Greece.                        | COOPERATE EGY>GRC asserted
            Turkey extradited two suspects to Germany.                           | COOPERATE TUR>DEU asserted
            """)
    void cooperate(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** AID: 7 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Egypt sent humanitarian aid to Sudan.                                        | AID EGY>SDN asserted
            The United States provided Ukraine with one billion dollars in military aid. | AID USA>UKR asserted
            Iran supplied drones to Russia.                                              | AID IRN>RUS asserted
            Saudi Arabia granted Pakistan a two billion dollar loan.                     | AID SAU>PAK asserted
            India sent tons of wheat to Afghanistan.                                     | AID IND>AFG asserted
            Germany delivered medical supplies and tents to Turkey.                      | AID DEU>TUR asserted
            UN peacekeepers arrived in South Sudan on Monday.                            | AID UN>SSD asserted
            """)
    void aid(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /**
     * RETREAT (PLOVER: material de-escalation that happened: withdrawals, releases and returns, observing a ceasefire,
     * allowing observers or aid in, disarming, easing sanctions, resignations): 15 English sentences.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russian troops withdrew from the city of Kherson.          | RETREAT RUS>UKR asserted
            The last French troops left Mali on Monday.                | RETREAT FRA>MLI asserted
            Russia completed the withdrawal of troops from the western bank of the Dnipro in Ukraine. | RETREAT RUS>UKR asserted
            Russian troops retreated from the city of Kherson.         | RETREAT RUS>UKR asserted
            Israel evacuated its troops from southern Lebanon.         | RETREAT ISR>LBN asserted
            Iran released a French citizen.                            | RETREAT IRN>FRA asserted
            Iran released 12 British sailors.                          | RETREAT IRN>GBR asserted
            Israel and Hamas exchanged prisoners.                      | RETREAT ISR>PSE asserted
            Russia returned the bodies of 50 soldiers to Ukraine.      | RETREAT RUS>UKR asserted
            Russia and Ukraine observed the ceasefire.                 | RETREAT RUS>UKR asserted
            Syria allowed UN inspectors into the site.                 | RETREAT SYR>UN asserted
            Kyrgyzstan received a mission of observers from the OSCE.  | RETREAT KGZ>OSCE asserted
            Sudan opened humanitarian corridors in Darfur.             | RETREAT SDN> asserted
            The rebels laid down their arms in Colombia.               | RETREAT COL> asserted
            The United States lifted sanctions on Cuba.                | RETREAT USA>CUB asserted
            The European Union lifted the arms embargo.                | RETREAT EU> asserted
            Pakistan's prime minister resigned on Friday.              | RETREAT PAK> asserted
            """)
    void retreat(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /**
     * A delegation from a state's capital speaks for the state; "the country's" after a preposition slot is the state
     * it refers to, not the delegation's (envoys travel).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Egypt hosted a regional conference on Sunday. A delegation from Ankara held talks with the country's foreign minister. | CONSULT TUR>EGY asserted
            A delegation from Ankara held talks with Egypt's foreign minister.                                                    | CONSULT TUR>EGY asserted
            """)
    void delegationFromACapital(String text, String expected) {
        assertThat(TestDocs.events(null, text)).contains(expected);
    }

    /**
     * "the general said": a definite ambiguous sector noun before a speech verb is the speaker, whose "we" in the
     * next quotation is the actor; "a general said" names no one.
     */
    @Test
    void definiteSpeakerOfTheNextQuotation() {
        String said = "Turkish artillery shelled Syrian positions on Monday. \"Our forces are ready,\" the general said. "
                + "\"If they attack again, we will respond firmly.\"";
        assertThat(TestDocs.events(null, said)).contains("THREATEN TUR> asserted");
        assertThat(TestDocs.events(null, said.replace("the general", "a general"))).noneMatch(e -> e.startsWith("THREATEN"));
    }

    /**
     * Beating up detainees, capturing a stronghold, a list of weapons' fire launched against a party, a force led by a
     * state; prisoners and detainees named with a state's adjective are that state's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Soldiers of the Sudanese army routinely beat up Eritrean detainees in the camp.        | ASSAULT SDN>ERI asserted
            Thai troops have captured part of a rebel stronghold near the border.                   | ASSAULT THA> asserted
            Ethiopian forces launched artillery, mortar, and rocket fire against Somali militant camps. | ASSAULT ETH>SOM asserted
            US-led forces attacked the town on Monday.                                              | ASSAULT USA> asserted
            Israel released 50 Palestinian prisoners.                                               | RETREAT ISR>PSE asserted
            """)
    void assaultConstructions(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** A captured suspect, a campaign against forest fire and a match won are no attacks. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Police in Bangkok captured the suspect on Monday.
            The Kenyan ministry launched a campaign to prevent forest fire.
            Brazil beat Argentina in the final.
            """)
    void noAssault(String sentence) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.startsWith("ASSAULT"));
    }

    /** Handing over people to a state is extradition (COOPERATE); handing a victory to one is not. */
    @Test
    void handingOverIsExtradition() {
        assertThat(TestDocs.events(null, "Kenya handed over three suspects to Uganda.")).contains("COOPERATE KEN>UGA asserted");
        assertThat(TestDocs.events(null, "The court handed a stunning victory to Uganda.")).noneMatch(e -> e.startsWith("COOPERATE"));
    }

    /**
     * ACCUSE investigate without a named target, passives with their agent (put under investigation in France;
     * accused of ... by prosecutors), AID by evacuating the wounded or rescuing captives, and the mediator of a
     * mediation between two parties as its actor (PLOVER CONSULT / CAMEO 045).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            French prosecutors opened an investigation into the death of a Malian journalist. | ACCUSE FRA>MLI asserted
            Spanish police are investigating the disappearance of two Moroccan fishermen.     | ACCUSE ESP>MAR asserted
            Belgium did not investigate the incident.                                         | ACCUSE BEL> negated
            A Russian diplomat was put under investigation in France for spying.              | ACCUSE FRA>RUS asserted
            The former Peruvian president has been accused of corruption by prosecutors in Lima. | ACCUSE PER>PER asserted
            Turkish helicopters evacuated the wounded from Gaza to Egypt.                     | AID TUR>PSE asserted
            Iraqi forces rescued two German hostages in Mosul.                                | AID IRQ>DEU asserted
            The Omani foreign minister mediated between Iran and the United States in Muscat. | CONSULT OMN>IRN+USA asserted
            Egypt launched a mediation effort on Monday between Ethiopia and Sudan.           | CONSULT EGY>ETH+SDN asserted
            """)
    void investigateEvacuateMediate(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** Counter-cases: an accusation with no accuser, an evacuation of troops, a mediation no one is named to lead. */
    @Test
    void noAccuserNoAidNoMediator() {
        assertThat(TestDocs.events(null, "The Chilean general was accused of torture.")).noneMatch(e -> e.startsWith("ACCUSE"));
        assertThat(TestDocs.events(null, "Israel evacuated its troops from southern Lebanon.")).noneMatch(e -> e.startsWith("AID"));
        assertThat(TestDocs.events(null, "Talks on a mediation between Serbia and Kosovo resumed."))
                .contains("CONSULT SRB>XKX asserted").noneMatch(e -> e.contains("+"));
    }

    /** Aid sent or troops withdrawn are no announcement: no AGREE beside the act. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Japan sent humanitarian aid to Turkey.
            Russia withdrew its troops from Moldova.
            """)
    void noAnnouncementInAnAct(String sentence) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.startsWith("AGREE"));
    }

    /** After a modal a word is a verb: "will deal with" is no deal, "will sign a deal with" is one. */
    @Test
    void aModalMakesTheWordAVerb() {
        assertThat(TestDocs.events(null, "Egypt will sign a deal with Qatar.")).contains("AGREE EGY>QAT future");
        assertThat(TestDocs.events(null, "Egypt said it will deal firmly with Qatar.")).noneMatch(e -> e.startsWith("AGREE"));
        assertThat(TestDocs.events(null, "Egypt said it would not deal with Qatar.")).noneMatch(e -> e.startsWith("AGREE"));
    }

    /** Parties that exchange prisoners release each other's: RETREAT in both directions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            A prisoner swap between Armenia and Azerbaijan took place at the border. | RETREAT ARM>AZE asserted | RETREAT AZE>ARM asserted
            Israel and Hamas exchanged prisoners.                                    | RETREAT ISR>PSE asserted | RETREAT PSE>ISR asserted
            """)
    void mutualRelease(String sentence, String one, String other) {
        assertThat(TestDocs.events(null, sentence)).contains(one, other);
    }

    /** One party's release is one direction; a swap that names no parties is no event. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Iran released 12 British sailors.         | RETREAT GBR>IRN asserted
            The prisoner exchange was delayed again.  | RETREAT
            """)
    void noMutualRelease(String sentence, String absent) {
        assertThat(TestDocs.events(null, sentence)).noneMatch(e -> e.startsWith(absent));
    }

    /** An agreement to a ceasefire between two parties is AGREE (PLOVER), not yet a ceasefire observed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Armenia and Azerbaijan agreed to a ceasefire.     | AGREE ARM>AZE asserted
            """)
    void agreedCeasefire(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected).noneMatch(e -> e.startsWith("RETREAT "));
    }

    /** Negated, future and hypothetical concessions and retreats are coded but not asserted. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Serbia did not lift the curfew in Kosovo.                 | CONCEDE SRB>XKX negated
            Serbia will lift the curfew in Kosovo next week.          | CONCEDE SRB>XKX future
            The Houthis did not declare a ceasefire.                  | CONCEDE YEM> negated
            Syria may grant an amnesty to the detainees.              | CONCEDE SYR> hypothetical
            Russian troops will withdraw from the city of Kherson.    | RETREAT RUS>UKR future
            Israel will evacuate its troops from southern Lebanon.    | RETREAT ISR>LBN future
            Syria did not allow UN inspectors into the site.          | RETREAT SYR>UN negated
            The European Union may lift the arms embargo.             | RETREAT EU> hypothetical
            """)
    void concedeAndRetreatNotAsserted(String sentence, String expected) {
        String type = expected.substring(0, expected.indexOf(' '));
        assertThat(TestDocs.events(null, sentence)).contains(expected)
                .noneMatch(e -> e.startsWith(type + " ") && e.endsWith(" asserted"));
    }

    /**
     * Suspended aid with words between the verb and "aid", expelled inspectors or monitors of an organization, an
     * investigation against a counted group, martial law and a state of emergency as two constructions.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Germany suspended development aid to Niger.                                           | SANCTION DEU>NER asserted
            The United States suspended part of its military aid program for Egypt.              | SANCTION USA>EGY asserted
            Russia expelled monitors of the Organization for Security and Cooperation in Europe. | SANCTION RUS>OSCE asserted
            Italy opened an investigation against 12 Turkish officers.                            | ACCUSE ITA>TUR asserted
            Pakistan declared martial law.                                                        | COERCE PAK>PAK asserted
            Ecuador imposed a state of emergency in Guayaquil.                                    | COERCE ECU>ECU asserted
            Germany did not suspend aid to Niger.                                                 | SANCTION DEU>NER negated
            Italy did not open an investigation against 12 Turkish officers.                      | ACCUSE ITA>TUR negated
            Pakistan will declare martial law.                                                    | COERCE PAK>PAK future
            """)
    void sanctionAccuseCoerceConstructions(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** A crowd storming, besieging or ransacking a state's mission is a violent protest (PLOVER riot) against that state. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Hundreds of protesters stormed the US embassy in Baghdad.        | PROTEST IRQ>USA asserted
            Iraqi protesters stormed the Swedish embassy in Baghdad.         | PROTEST IRQ>SWE asserted
            Students ransacked the Danish consulate in Beirut.               | PROTEST LBN>DNK asserted
            Hundreds of protesters did not storm the US embassy in Baghdad.  | PROTEST IRQ>USA negated
            Protesters will besiege the French embassy in Niamey.            | PROTEST NER>FRA future
            """)
    void crowdStormsAMission(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** Boycotts of elections, sessions and goods are protests (PLOVER boycott). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The opposition boycotted the parliamentary elections in Venezuela. | PROTEST VEN>VEN asserted
            The opposition will boycott the elections in Venezuela.            | PROTEST VEN>VEN future
            """)
    void boycott(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** Asylum granted to a counted group: the number between "to" and the group does not hide the recipient. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Uganda has granted political asylum to 18 Rwandan rebels.  | AID UGA>RWA asserted
            Peru gave asylum to five Panamanian officers.             | AID PER>PAN asserted
            """)
    void asylumToACountedGroup(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** REQUEST: 5 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The United Nations called on Israel to halt its offensive.  | REQUEST UN>ISR asserted
            The United Nations demanded all parties in Iraq allow aid workers in.    | REQUEST UN>IRQ asserted
            China urged the United States to stop arms sales to Taiwan. | REQUEST CHN>USA asserted
            Ukraine asked Germany for more tanks.                       | REQUEST UKR>DEU asserted
            Spain demanded an apology from Argentina.                   | REQUEST ESP>ARG asserted
            China urged all sides to exercise restraint.                | REQUEST CHN> asserted
            """)
    void request(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** ACCUSE: 9 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Saudi Arabia condemned Israel's raid on the mosque.       | ACCUSE SAU>ISR asserted
            Cambodia called Thailand's air strikes "reckless and brutal military aggression". | ACCUSE KHM>THA asserted
            The United States accused China of cyber attacks.         | ACCUSE USA>CHN asserted
            Japan expressed concern over North Korea's missile tests. | ACCUSE JPN>PRK asserted
            Morocco summoned the Algerian ambassador.                 | ACCUSE MAR>DZA asserted
            Thailand criticized Cambodia for the attack.              | ACCUSE THA>KHM asserted
            Albania denounced as a crime Serbia's crackdown on protesters. | ACCUSE ALB>SRB asserted
            Syria complained to the Security Council over Turkish air raids. | ACCUSE SYR>TUR asserted
            "“It is unacceptable that the embassy was searched,” the Mexican foreign minister said." | ACCUSE MEX> asserted
            """)
    void accuse(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /**
     * A count may stand between a slot's preposition and its party, also after a hedge (over two = more than two);
     * a count with no party after it is no party, and the slot goes to the one the pattern names before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Syria complained to the Security Council over two Turkish air raids. | ACCUSE SYR>TUR asserted
            Egypt imposed sanctions on three Libyan militias.                    | SANCTION EGY>LBY asserted
            Syria complained to the Security Council over two incidents.         | ACCUSE SYR>UN asserted
            """)
    void countBeforeTheParty(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** REJECT: 4 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            North Korea rejected Japan's request for a summit.       | REJECT PRK>JPN asserted
            Iran rejected an offer from Washington for direct talks. | REJECT IRN>USA asserted
            China rejected the tribunal's ruling.                    | REJECT CHN> asserted
            Russia vetoed the resolution.                            | REJECT RUS> asserted
            Ivory Coast rebels rejected a Senegalese peace plan.       | REJECT CIV>SEN asserted
            """)
    void reject(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** THREATEN: 11 English sentences; an announced sanction, curfew, blockade, break of contact or pull-out is a threat. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            North Korea threatened the United States with a military response.     | THREATEN PRK>USA asserted
            Russia warned the West against sending long-range missiles to Ukraine. | THREATEN RUS>WST asserted
            Trump threatened to impose tariffs on Mexico.                          | THREATEN USA>MEX asserted
            Hamas vowed to fight Israel until victory.                             | THREATEN PSE>ISR asserted
            Britain said it would impose new sanctions on Belarus.                 | THREATEN GBR>BLR asserted
            The Kenyan government announced that it will extend the curfew in Mombasa. | THREATEN KEN>KEN asserted
            Chile said it would suspend all contact with Bolivia.                  | THREATEN CHL>BOL asserted
            The Thai army said it would declare martial law in the south.          | THREATEN THA>THA asserted
            The European Union will tighten its naval blockade of Libya.           | THREATEN EU>LBY asserted
            Norway announced that it will withdraw its monitors from Sri Lanka.    | THREATEN NOR>LKA asserted
            The United States said it would suspend military aid to Egypt.         | THREATEN USA>EGY asserted
            """)
    void threaten(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** PROTEST: 4 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Students demonstrated in Tel Aviv against the government. | PROTEST ISR>ISR asserted
            Protesters rallied outside Britain's embassy in Baghdad.  | PROTEST IRQ>GBR asserted
            Dock workers in France went on strike.                    | PROTEST FRA>FRA asserted
            Students staged a protest in Khartoum.                    | PROTEST SDN>SDN asserted
            """)
    void protest(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** SANCTION: 8 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The United States imposed new sanctions on Russia. | SANCTION USA>RUS asserted
            Bahrain cut diplomatic ties with Qatar.            | SANCTION BHR>QAT asserted
            France expelled the Russian ambassador.            | SANCTION FRA>RUS asserted
            Algeria recalled its ambassador from France.       | SANCTION DZA>FRA asserted
            The United States suspended military aid to Egypt. | SANCTION USA>EGY asserted
            The United Nations reduced food supplies to Sudan. | SANCTION UN>SDN asserted
            Ethiopia forced the UN refugee agency out of the country. | SANCTION ETH>UNHCR asserted
            Rwanda ordered the Belgian ambassador to leave the country. | SANCTION RWA>BEL asserted
            """)
    void sanction(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** MOBILIZE: 3 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russia deployed additional troops to the border with Ukraine. | MOBILIZE RUS>UKR asserted
            Israel put its army on high alert.                            | MOBILIZE ISR> asserted
            North Korea test-fired a ballistic missile.                   | MOBILIZE PRK> asserted
            Chinese and Russian bombers conducted a joint flight near Japan. | MOBILIZE CHN+RUS>JPN asserted
            """)
    void mobilize(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** COERCE: 3 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Turkish police arrested two Swedish journalists. | COERCE TUR>SWE asserted
            Iran seized a British tanker in the Gulf.        | COERCE IRN>GBR asserted
            Germany deported Afghan refugees.                | COERCE DEU>AFG asserted
            The Egyptian authorities closed an opposition newspaper.         | COERCE EGY>EGY asserted
            Nicaragua's government ordered the newspaper La Prensa to suspend publication. | COERCE NIC>NIC asserted
            """)
    void coerce(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }

    /** ASSAULT: 5 English sentences. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Israeli army shelled Hezbollah positions in southern Lebanon.      | ASSAULT ISR>LBN asserted
            The United States launched airstrikes against Houthi targets in Yemen. | ASSAULT USA>YEM asserted
            Hamas fired rockets at Israel.                                         | ASSAULT PSE>ISR asserted
            Gunmen killed a police officer in Baghdad.                             | ASSAULT IRQ>IRQ asserted
            Israel was attacked by Iran on Saturday.                               | ASSAULT IRN>ISR asserted
            Vietnam launched artillery fire against Cambodia.                      | ASSAULT VNM>KHM asserted
            North Korea's barrage of artillery fired onto the island killed two marines. | ASSAULT PRK> asserted
            Artillery volleys killed at least 11 civilians near the border.         | ASSAULT > asserted
            Five Palestinians were killed in an Israeli airstrike in Gaza. | ASSAULT ISR>PSE asserted
            """)
    void assault(String sentence, String expected) {
        assertThat(TestDocs.events(null, sentence)).contains(expected);
    }
}
