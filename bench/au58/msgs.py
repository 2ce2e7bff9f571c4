# au58's own messages, written before any code change (class 1: event + named body/town; 2: body FOI does not cover;
# 3: body typed with an appositive / lower case). Expected values written with them.
CLASS1 = [  # (message, expected authority or None = asked)
 ("hi i live in a tower block in birmingham, its run by a housing association (midland heart). after grenfell we were told the cladding was being checked but nothing happened. i want to know when the last fire safety inspection / fire risk assessment was done on my block, what it found, whether the cladding is acm or unsafe, and what they are planning to do about it", "Midland Heart"),
 ("after grenfell we were told the cladding on our tower block in birmingham was being checked. when was the last fire risk assessment done and what did it find", "Birmingham City Council"),
 ("we live in a high rise in leeds and since grenfell nobody has checked our block. how many tower blocks in leeds still have unsafe cladding", "Leeds City Council"),
 ("my brother was at the manchester arena attack. since then how much has bolton council spent on security at its own events", "Bolton Council"),
 ("after the southport attack there was a riot outside the hotel in rotherham. how many people have been arrested for it", "South Yorkshire Police"),
 ("our flat in croydon is owned by clarion housing and after grenfell they said the cladding is fine. when was the last fire risk assessment on our building and what did it say", "Clarion"),
 ("what has the council done about cladding on tower blocks since grenfell", None),
]
CLASS2 = [  # (message, body typed at the organisation step)
 ("hi i live in a tower block in birmingham, its run by a housing association (midland heart). i want to know when the last fire risk assessment was done on my block and what it found", "midland heart, the housing association"),
 ("can clarion housing tell me how many damp and mould complaints they got in 2024", "Clarion Housing Group"),
 ("how many evictions did sanctuary housing carry out in 2024", "sanctuary housing"),
 ("does peabody have a fire risk assessment for our block in hackney, and when was it last done", "peabody"),
 ("how many complaints about animal cruelty did the rspca get last year", "RSPCA"),
 ("how many shoplifting incidents did tesco record at its stores in leeds in 2024", "tesco"),
 ("how many complaints about damp did acme lettings ltd get last year", "acme lettings ltd, a private landlord"),
]
CLASS3 = [  # (typed at organisation step, expected name)
 ("midland heart, the housing association", "Midland Heart"),
 ("clarion housing group (my landlord)", "Clarion Housing Group"),
 ("peabody, our landlord", "Peabody"),  # (a known body: its own name, The Peabody Trust, is right too)
 ("sanctuary housing - the housing association", "Sanctuary Housing"),
 ("acme lettings ltd, a private landlord", "Acme Lettings Ltd"),
 ("the orbit group, our housing association", "Orbit Group"),
]
