/**
 * Who is acting: the gazetteer (states, capitals, adjectives, agents, organizations, people with dated roles),
 * the assembly of adjacent gazetteer hits into actor mentions (الرئيس الروسي فلاديمير بوتين is one actor), and
 * coreference for ordinal and dual references (الأولى، الأخيرة، البلدين) and pronoun suffixes.
 */
package org.tawazun.actor;
