// The article, kept verbatim as data: every summary quote must occur in it
// word for word (see article.test.ts). Copied from ../shared/source/article.txt.
export const ARTICLE_TEXT = `US Releases Videos Of Strikes That Killed Dozens Of Russians In Syria

first published on February 15, 2018 by

The US Military has released video clips showing defensive strikes against the pro-Syrian government Russian mercenaries that attacked an SDF headquarters where American advisors were stationed.

The following video shows two strikes that took place between 7 February and 8 February near Der Ezor, Syria. One of the clips shows a T-72 tank get destroyed by a precision US airstrike just seconds after it fires its main gun at American and Syrian Democratic Forces (SDF) positions.

The second clip shows the targeting and destruction of an artillery piece being manned by multiple personnel. Judging from the video, one of the artilleryman hears the jet or munition inbound and makes a futile attempt to escape. Yet, just before the clip ends, an individual can be seen running from the blast area.

Initial reports from the US claimed that around 100 enemy personnel were believed to be killed and at least some of them were Russian advisors. Now, as the dust has settled, further reports suggest that as many as 200 fighters were killed, and “dozens” of them were Russians (if not all of them).

It is believed that the unprovoked Russian-led attack was intended to capture oil fields that had previously been captured from the Islamic State by the US-backed SDF. The raid was brutally met with strikes by F-22 Raptors, MQ-9 Reaper drones, an AC-130 Gunship, and High Mobility Artillery Rocket System (HIMARS) precision guided rockets. The US military defended their strikes, saying they were conducted purely out of self defense, and that the hostile forces that retreated back across the river were not engaged.

The Russian “mercenaries” were said to be of the notorious Wagner private military company that had notably recaptured Palmyra from ISIS on behalf of the Syrian government. The Russian PMC fighters give Putin the ability to fight offensively in Syria while not having to officially acknowledge Russian military troop numbers, deaths, or operations.

For that reason, the Russian government claimed that the failed offensive operation was not known to them at the time, and that the PMCs were operating independently. However, it is very unlikely that such a large force of Russian troops would be off the radar of the Kremlin while conducting offensive operations against US forces. In contrast, it is more likely that their orders and approval came straight from the top.

They tested the American’s resolve in Syria, and they paid the price.`;
