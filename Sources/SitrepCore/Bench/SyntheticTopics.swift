/// The kinds of developing story the bench corpus tells, one `Topic` each (see
/// `SyntheticVocabulary` for the placeholders their templates use).
extension SyntheticVocabulary {
    static let topics: [Topic] = [flood, wildfire, portStrike, election, earthquake, heatwave, bridge]

    static let flood = Topic(
        slug: "flood",
        headlines: [
            "Floodwaters rise in {city} as {region} declares an emergency",
            "Soldiers reinforce levees near {city} as the river keeps rising",
            "Evacuations ordered along the river in {region}",
            "Levee holds in {city} as the flood peaks",
        ],
        agencies: ["the regional water authority", "the civil protection agency",
                   "the national hydrological service", "the fire service in {city}"],
        roles: ["head of the regional water authority", "chief engineer of the {region} flood defence board",
                "a hydrologist at the national weather service", "the mayor of {city}",
                "the governor of {region}", "a volunteer coordinator in {city2}"],
        facts: [
            "the river rose by {n} centimetres overnight in {city}",
            "about {big} people were evacuated from low-lying streets in {city}",
            "emergency crews reinforced the levees south of {city} with sandbags",
            "water reached the ground floors of houses in {city2}",
            "schools across {region} were closed as a precaution",
            "the railway line between {city} and {city2} was suspended",
            "volunteers filled {big} sandbags on the embankment in {city}",
            "the army sent {n} engineering units to {region}",
        ],
        plans: [
            "the river is expected to peak in {city}",
            "officials will decide whether to open the relief channel",
            "schools in {city} are due to reopen",
            "the water authority will publish a new forecast",
        ],
        background: [
            "The last comparable flood in {region} was {earlier}, when {big} homes were damaged.",
            "The levees in {city} were raised {earlier} after years of complaints from residents.",
            "{city2} was flooded {earlier}, and many residents there still have not finished repairs.",
        ],
        quotes: [
            "The next forty-eight hours will decide whether the levees hold",
            "We have never seen the river this high in {month}",
            "Nobody in {city} should go near the embankments",
            "We moved the pumps before the water came, not after",
            "I have lived here for {n} years and I have never seen the water this close",
            "The defences were built after the last flood, and now we will see whether they work",
            "Our crews have not slept since the rain started",
            "We are asking people in {city2} to move their cars and valuables to higher ground",
        ]
    )

    static let wildfire = Topic(
        slug: "wildfire",
        headlines: [
            "Wildfire forces evacuations near {city}",
            "Firefighters battle a blaze in the hills above {city}",
            "{region} asks for water-bombing aircraft as the fire spreads",
        ],
        agencies: ["the regional fire service", "the forestry department", "the civil protection agency"],
        roles: ["commander of the {region} fire service", "a forestry official in {region}", "the mayor of {city}",
                "a meteorologist at the national weather service", "a farmer near {city2}"],
        facts: [
            "the fire burned through {big} hectares of pine forest near {city}",
            "a fleet of {n} water-bombing aircraft flew over the hills above {city}",
            "strong winds pushed the flames towards the outskirts of {city2}",
            "the motorway between {city} and {city2} was closed",
            "about {big} residents of {city2} were told to leave their homes",
            "firefighters contained the northern edge of the fire",
        ],
        plans: [
            "the wind is forecast to drop",
            "fire crews from neighbouring regions are due to arrive",
            "investigators will examine the cause of the fire",
        ],
        background: [
            "A fire in the same hills {earlier} burned for {n} days before it was put out.",
            "{region} has had less than half its usual rainfall since {earlier}.",
        ],
        quotes: [
            "The wind is our enemy and it has not changed its mind",
            "We lost two houses but nobody was hurt, and that is what matters",
            "Anyone who lights a fire in these conditions is committing a crime",
            "We can hold the line on the north side if the wind stays below fifty kilometres an hour",
            "My neighbours left with only what they could carry",
            "This is the third large fire in {region} this year",
        ]
    )

    static let portStrike = Topic(
        slug: "port-strike",
        headlines: [
            "Dock workers strike at the port of {city}",
            "Ships queue off {city} as the port strike drags on",
            "Talks to end the {city} port strike break down",
        ],
        agencies: ["the port authority", "the dock workers' union", "the ministry of transport"],
        roles: ["head of the {city} port authority", "leader of the dock workers' union", "the minister of transport",
                "a shipping analyst in {city}", "a fruit exporter from {city2}"],
        facts: [
            "as many as {n} container ships were waiting at anchor outside {city}",
            "the union rejected a pay offer of {pct} per cent",
            "exporters in {region} said perishable goods were spoiling in lorries",
            "talks between the union and the port operators lasted {n} hours",
            "about {big} dock workers joined the strike",
            "ferry services between {city} and {city2} were cancelled",
        ],
        plans: [
            "the two sides will return to the negotiating table",
            "the union will hold a ballot on the latest offer",
            "the government will appoint a mediator",
        ],
        background: [
            "The last strike at the port, {earlier}, lasted {n} days.",
            "Traffic through {city} has grown by {pct} per cent since {earlier}.",
        ],
        quotes: [
            "We are not asking for luxury, we are asking for safe shifts",
            "Every day of this strike costs the region money it will not get back",
            "The offer on the table is fair and it will not get better",
            "Our members voted and the answer is no",
            "We want an agreement before the weekend",
        ]
    )

    static let election = Topic(
        slug: "election",
        headlines: [
            "Vote count delayed in {region} after a close regional election",
            "Turnout in {city} is the highest in two decades",
            "Recount ordered in a {city} district",
        ],
        agencies: ["the electoral commission", "the regional election office", "the observers' mission"],
        roles: ["chair of the {region} electoral commission", "head of the observers' mission",
                "a political scientist at the University of {city}", "the candidate of the opposition alliance"],
        facts: [
            "turnout in {region} reached {pct} per cent",
            "the count in {city} was suspended for {n} hours",
            "observers reported minor irregularities at {n} polling stations",
            "the opposition alliance won {n} seats in the {city} council",
            "ballot boxes from {city2} arrived late at the counting centre",
            "about {big} postal votes were still being counted",
        ],
        plans: [
            "the commission will publish the final results",
            "the new regional assembly will meet for the first time",
            "a recount will take place in {city2}",
        ],
        background: [
            "The governing party has held {region} since {earlier}.",
            "Turnout {earlier} was {pct} per cent, a record low.",
        ],
        quotes: [
            "Every vote will be counted, however long it takes",
            "We saw long queues and we saw patience",
            "The result is closer than anybody expected",
            "We will accept the result when it is final, not before",
            "Voters in {city} have sent a clear message",
        ]
    )

    static let earthquake = Topic(
        slug: "earthquake",
        headlines: [
            "Earthquake shakes {region}, damaging buildings in {city}",
            "Aftershocks keep {city} residents sleeping outdoors",
            "Engineers inspect schools after the earthquake in {region}",
        ],
        agencies: ["the seismological institute", "the emergency ministry", "the Red Cross"],
        roles: ["director of the national seismological institute", "an engineer inspecting buildings in {city}",
                "the mayor of {city}", "coordinator of the Red Cross in {region}", "a shopkeeper in {city2}"],
        facts: [
            "a magnitude {dec} earthquake struck {n} kilometres south of {city}",
            "as many as {n} aftershocks were recorded",
            "engineers declared {n} buildings in {city} unsafe",
            "about {big} people spent the night in tents in {city2}",
            "the old town hall in {city2} lost part of its roof",
            "power was restored to most of {region}",
        ],
        plans: [
            "engineers will finish inspecting the schools",
            "the government will announce a reconstruction fund",
            "the aftershock warning will be reviewed",
        ],
        background: [
            "The last strong earthquake in {region} struck {earlier}.",
            "Building rules in {country} were tightened {earlier}, but older houses were never reinforced.",
        ],
        quotes: [
            "The buildings that were renovated held, and the old ones did not",
            "People are afraid to sleep indoors and I understand them",
            "We felt the floor move and ran into the street",
            "The aftershocks are getting weaker, but they will continue for weeks",
            "We will not reopen a single school until it has been checked",
        ]
    )

    static let heatwave = Topic(
        slug: "heatwave",
        headlines: [
            "Heatwave pushes the power grid in {country} to its limit",
            "Blackout leaves {city} without power",
            "{region} rations electricity as temperatures soar",
        ],
        agencies: ["the grid operator", "the national weather service", "the health ministry"],
        roles: ["chief executive of the grid operator", "a meteorologist at the national weather service",
                "the health minister", "an energy analyst in {city}", "a nurse at the main hospital in {city}"],
        facts: [
            "temperatures in {city} reached {temp} degrees",
            "about {big} homes in {region} lost power for several hours",
            "hospitals in {city} switched to backup generators",
            "the grid operator imported electricity from neighbouring countries",
            "trams in {city} stopped running in the afternoon heat",
            "at least {n} people were treated for heatstroke in {city2}",
        ],
        plans: [
            "temperatures are forecast to fall",
            "the grid operator will publish a rationing schedule",
            "the government will review the grid's capacity",
        ],
        background: [
            "The previous temperature record in {city} was set {earlier}.",
            "{country} closed {n} older power stations {earlier}.",
        ],
        quotes: [
            "The grid was not built for summers like this one",
            "Please check on your elderly neighbours",
            "We expect the peak demand in the late afternoon, as usual",
            "Nobody should have to choose between a fan and a fridge",
            "We have enough power if everybody uses a little less",
        ]
    )

    static let bridge = Topic(
        slug: "bridge",
        headlines: [
            "Bridge closure cuts the rail link between {city} and {city2}",
            "Inspectors find cracks in a river bridge near {city}",
            "Commuters in {region} face weeks of delays",
        ],
        agencies: ["the national railway company", "the roads agency", "the ministry of transport"],
        roles: ["director of the national railway company", "a structural engineer at the roads agency",
                "the transport minister", "the mayor of {city}", "a commuter from {city2}"],
        facts: [
            "inspectors found cracks in {n} of the bridge's supports",
            "about {big} commuters were stranded on the line between {city} and {city2}",
            "replacement buses took {n} minutes longer than the trains",
            "freight traffic was diverted through {city2}",
            "the railway laid on {n} extra buses at peak hours",
        ],
        plans: [
            "repairs will begin",
            "the bridge will reopen to light traffic",
            "engineers will decide whether the bridge can be saved",
        ],
        background: [
            "The bridge was opened in {oldYear} and last renovated {earlier}.",
            "A report {earlier} warned that {n} bridges in {region} needed urgent repairs.",
        ],
        quotes: [
            "We closed the bridge because we could not rule out a collapse",
            "Safety comes before the timetable",
            "I now leave home an hour earlier than before",
            "The bridge is older than anybody working on it",
            "We will not reopen it until every support has been checked",
        ]
    )
}
