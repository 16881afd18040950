package org.sahifa.nlp;

import java.util.Set;

/**
 * Rules applied to the model's BIO tags of one sentence, for patterns the statistics miss, in a fixed order: person
 * rules ({@link PersonRules}), place rules ({@link PlaceRules}) and organisation rules ({@link OrganisationRules},
 * {@link KnownOrganisations}, {@link OrganisationPhrases}), over the word lists of {@link NameWords}.
 */
final class NameRules {
    /** The title list, also a model feature ({@code title-1}). */
    static final Set<String> PERSON_TITLES = NameWords.PERSON_TITLES;
    /** The place-cue list, also a model feature ({@code cue-1}). */
    static final Set<String> PLACE_CUES = NameWords.PLACE_CUES;

    private final PersonRules persons;
    private final PlaceRules places;
    private final CompoundPlaces compoundPlaces;
    private final ForeignNames foreignNames;
    private final OrganisationPhrases organisations;
    private final CompanyNames companies;
    private final DescribedCompanies describedCompanies;
    private final PersonEnds personEnds;
    private final UnlikelyPersons unlikelyPersons;
    private final FirstNameRuns firstNameRuns;
    private final GivenAndFamilyNames givenAndFamilyNames;
    private final TitledNameEdges titledNameEdges;
    private final CutFamilyNames cutFamilyNames;
    private final PersonLists personLists;

    NameRules(Gazetteer gazetteer) {
        this.persons = new PersonRules(gazetteer);
        this.places = new PlaceRules(gazetteer);
        this.compoundPlaces = new CompoundPlaces(gazetteer);
        this.foreignNames = new ForeignNames(gazetteer, NameLetters.shared());
        this.organisations = new OrganisationPhrases(gazetteer, NameLetters.shared());
        this.companies = new CompanyNames(organisations);
        this.describedCompanies = new DescribedCompanies(organisations);
        this.personEnds = new PersonEnds(gazetteer);
        this.unlikelyPersons = new UnlikelyPersons(gazetteer);
        this.firstNameRuns = new FirstNameRuns(gazetteer, NameLetters.shared());
        this.givenAndFamilyNames = new GivenAndFamilyNames(gazetteer);
        this.titledNameEdges = new TitledNameEdges(gazetteer);
        this.cutFamilyNames = new CutFamilyNames(gazetteer);
        this.personLists = new PersonLists(gazetteer, NameLetters.shared(), foreignNames);
    }

    /**
     * Applies the rules to {@code tags} (BIO, modified in place).
     *
     * @param wholePlaceNames also tag listed multi-word places whole and after place cues; right for an article's
     *                        entity list («الولايات المتحدة»), but ANERcorp's convention often tags such names in
     *                        parts, so CoNLL tagging leaves them to the model (on the development split this rule
     *                        lowers LOC F1 by 2.5 points)
     */
    void apply(String[] tokens, SentenceWords s, String[] tags, boolean wholePlaceNames) {
        persons.latinNames(tokens, s, tags);
        persons.titledPersons(s, tags);
        persons.personsAfterOrganisations(s, tags);
        if (wholePlaceNames) {
            places.placeNames(s, tags);
            places.corpusPlaces(s, tags);
        }
        OrganisationRules.quotedOrganisations(tokens, s, tags);
        OrganisationRules.organisationEdges(s, tags);
        places.placesAfterPlaceNouns(s, tags);
        foreignNames.placesAfterKindNouns(s, tags);
        places.placesJoinedByAnd(s, tags);
        places.everydayPlaces(s, tags);
        if (wholePlaceNames) {
            compoundPlaces.saintNames(s, tags);
            compoundPlaces.waterAndPassagePlaces(s, tags);
            compoundPlaces.compassRegions(s, tags);
            compoundPlaces.compassBeforeCities(s, tags);
            compoundPlaces.cityQuarters(s, tags);
            places.nationalityAdjectivesAfterPlaces(s, tags);
            KingdomReferences.tagBareKingdom(s, tags);
        }
        OrganisationRules.clubsNamedForCities(s, tags);
        persons.nameParticles(s, tags);
        persons.particleEdges(s, tags);
        PersonRules.joinAdjacentPersons(s, tags);
        persons.extendPersons(s, tags);
        persons.firstNamesAfterDescriptions(s, tags);
        foreignNames.apply(tokens, s, tags);
        places.personsAfterPlaceKindNouns(s, tags); // after ForeignNames, which reads unlisted names as people
        persons.ambiguousNames(s, tags);
        PersonRules.quotationOpenings(tokens, s, tags);
        persons.nisbaBeforeNames(s, tags);
        PersonRules.functionWordsAreNotPeople(s, tags);
        persons.personsEndBeforeThatClause(s, tags);
        OrganisationRules.clubsWithPrefixes(s, tags);
        PlaceRules.placesTakenForPeople(s, tags);
        PlaceRules.verbsAreNotPlaces(s, tags);
        places.dualsAreNotPlaces(s, tags);
        OrganisationRules.quotedPlacesAreTitles(tokens, tags);
        KnownOrganisations.apply(s, tags);
        if (wholePlaceNames) {
            OrganisationRules.mediaNamedForPlaces(s, tags);
            OrganisationRules.quotedNewspapers(tokens, s, tags);
            // ANERcorp tags a body's name without its head («حماس» of «حركة حماس») and leaves generic bodies
            // («مجلس الوزراء», «الجيش اللبناني») untagged: on its development split this reader cost 15 ORG points
            NameEndsAtClauses.apply(s, tags);
            EventNames.apply(s, tags);
            organisations.apply(s, tags);
            companies.apply(s, tags);
            describedCompanies.apply(tokens, s, tags);
            NamedAfterPersons.apply(s, tags);
            QuotedPlaces.apply(tokens, s, tags);
            BarePlaceWords.apply(s, tags);
            PeopleWords.apply(s, tags);
            PlacesReadAsOrganisations.apply(s, tags);
        }
        SetPhrases.clear(s, tags);
        LatinWords.trimChunks(s, tags);
        NameWords.repairBio(tags);
        givenAndFamilyNames.apply(tokens, s, tags);
        if (wholePlaceNames) {
            cutFamilyNames.apply(s, tags); // articles only: the ANERcorp folds are left as they were
        }
        firstNameRuns.apply(s, tags);
        // last, on whole chunks: earlier steps may still drop a word from a chunk («أمس» + «الأول»)
        personEnds.apply(s, tags);
        if (wholePlaceNames) {
            titledNameEdges.apply(s, tags); // after PersonEnds, which ends names at the everyday words it adds
            personLists.apply(s, tags); // after every rule that finds the person before the «و»
        }
        unlikelyPersons.apply(tokens, s, tags);
    }
}
