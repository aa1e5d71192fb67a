-- The demo's four boards: their names, organisations, clause catalogues, deadlines, Welsh words and child-search
-- rules, as the demo and the tests have them. Not a migration: a production database starts with no board, and a
-- hosting operator creates each real one (docs/operations.md). `DemoBoards` runs this file once, after the
-- migrations, on a server started with -Dsafeguard.demo=true, when the database has none of these boards yet.
-- Until issue 62 these rows came from migrations 2, 5, 48, 60 and 70; a database they were written into keeps them.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15. Statements end with a semicolon at the end of a line.


-- ---------------------------------------------------------------------------------------------
-- Boards
-- ---------------------------------------------------------------------------------------------

insert into board (id, name, short_name, reference_prefix, policy_title, primary_colour, accent_colour, welsh_interface)
values ('chscb', 'City & Hackney Safeguarding Children Board', 'City & Hackney SCB', 'CHSCB',
        'CHSCB Policy Standards: Personal Use of Social Media', '#00513f', '#f2a900', false);

insert into board (id, name, short_name, reference_prefix, policy_title, primary_colour, accent_colour, welsh_interface)
values ('nscb', 'Northumberland Safeguarding Children Board', 'Northumberland SCB', 'NSCB',
        'NSCB Social Media Guidance and Model Social Media Policy', '#1d3f6e', '#6fa8dc', false);

insert into board (id, name, short_name, reference_prefix, policy_title, primary_colour, accent_colour, welsh_interface)
values ('cwmtaf', 'Cwm Taf Safeguarding Boards', 'Cwm Taf', 'CTSB',
        'Social Networking: Practice Guidance for those whose work brings them into contact with children, young people and adults at risk in the Cwm Taf area',
        '#6a1b4d', '#e4b100', true);

insert into board (id, name, short_name, reference_prefix, policy_title, primary_colour, accent_colour, welsh_interface)
values ('lscb', 'LSCB Joint Online Safeguarding Subgroup', 'LSCB Online Safeguarding', 'LSCB',
        'LSCB expectations for agencies'' social media policies concerning children and young people (May 2015)',
        '#2f4f4f', '#c0504d', false);

-- ---------------------------------------------------------------------------------------------
-- Parent organisations (the member's employer, which owns discipline). HR addresses are fictional.
-- ---------------------------------------------------------------------------------------------

insert into parent_organisation (tenant_id, name, kind, hr_email) values ('chscb', 'Metropolitan Police Service', 'POLICE', 'hr@met-police.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('chscb', 'Homerton Healthcare NHS Foundation Trust', 'NHS_TRUST', 'hr@homerton-healthcare.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('chscb', 'London Borough of Hackney', 'COUNCIL', 'hr@hackney-council.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('chscb', 'City of London Corporation', 'COUNCIL', 'hr@city-of-london-corp.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('chscb', 'Mossbourne Community Academy', 'SCHOOL', 'hr@mossbourne-academy.example.org');

insert into parent_organisation (tenant_id, name, kind, hr_email) values ('nscb', 'Northumbria Police', 'POLICE', 'hr@northumbria-police.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('nscb', 'Northumbria Healthcare NHS Foundation Trust', 'NHS_TRUST', 'hr@northumbria-healthcare.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('nscb', 'Northumberland County Council', 'COUNCIL', 'hr@northumberland-council.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('nscb', 'Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust', 'NHS_TRUST', 'hr@cntw-nhs.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('nscb', 'National Probation Service (North East)', 'PROBATION', 'hr@probation-north-east.example.org');

insert into parent_organisation (tenant_id, name, kind, hr_email) values ('cwmtaf', 'South Wales Police', 'POLICE', 'hr@south-wales-police.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('cwmtaf', 'Cwm Taf Morgannwg University Health Board', 'NHS_TRUST', 'hr@ctm-health-board.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('cwmtaf', 'Rhondda Cynon Taf County Borough Council', 'COUNCIL', 'hr@rct-council.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('cwmtaf', 'Merthyr Tydfil County Borough Council', 'COUNCIL', 'hr@merthyr-council.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('cwmtaf', 'HM Prison and Probation Service Wales', 'PROBATION', 'hr@probation-wales.example.org');

insert into parent_organisation (tenant_id, name, kind, hr_email) values ('lscb', 'Sussex Police', 'POLICE', 'hr@sussex-police.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('lscb', 'Brighton & Hove City Council', 'COUNCIL', 'hr@brighton-hove-council.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('lscb', 'University Hospitals Sussex NHS Foundation Trust', 'NHS_TRUST', 'hr@uh-sussex.example.org');
insert into parent_organisation (tenant_id, name, kind, hr_email) values ('lscb', 'Barnardo''s', 'CHARITY', 'hr@barnardos-charity.example.org');

-- ---------------------------------------------------------------------------------------------
-- Policy clauses
-- ---------------------------------------------------------------------------------------------

-- CHSCB: source 000_51749f5f459af693.txt (CHSCB Policy Standards: Personal Use of Social Media)
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.1', 'Responsibilities of all safeguarding professionals',
    'When accessing and using social media, employees/partners must ensure that they conduct themselves in a way that reflects positively on the Board.', 1);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.2', 'Responsibilities of all safeguarding professionals',
    'When using social media outside of the work environment, employees/partners should be aware that when posting information, they are not authorised to represent the CHSCB or express a view on behalf of the CHSCB.', 2);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.3', 'Responsibilities of all safeguarding professionals',
    'Chat rooms and newsgroups are public forums where it is inappropriate to reveal confidential CHSCB information, personal data relating to colleagues or members of the community or any other material covered by existing policies and procedures.', 3);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.4', 'Responsibilities of all safeguarding professionals',
    'The expression of opinion on web blogs, social networks or similar sites could inadvertently reveal information which is not suitable for public consumption and employees/partners should be mindful of this and ensure they do not engage in inappropriate behaviour.', 4);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.5(a)', 'Responsibilities of all safeguarding professionals',
    'Comments that may damage the reputation of the CHSCB, regardless of whether the CHSCB is named directly or identifiable in any other manner', 5);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.5(b)', 'Responsibilities of all safeguarding professionals',
    'Photographs or videos of employees/partners behaving inappropriately which may be linked to the CHSCB or which include a CHSCB identifier such as logos, premises etc', 6);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.5(c)', 'Responsibilities of all safeguarding professionals',
    'Falsely registering another employee/partner on social media, identifying the CHSCB directly or indirectly', 7);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.5(d)', 'Responsibilities of all safeguarding professionals',
    'Posting comments or photographs of Board members or members of the community without their express consent.', 8);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.5(e)', 'Responsibilities of all safeguarding professionals',
    'Posting threatening comments, bullying or harassing Board members or members of the community.', 9);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.5(f)', 'Responsibilities of all safeguarding professionals',
    'Derogatory, disparaging, defamatory, discriminatory or offensive comments regarding the CHSCB, co-workers, members of the community or others.', 10);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.5(g)', 'Responsibilities of all safeguarding professionals',
    'Reflecting any personal behavior, which if seen in any other public place would conflict with the ethical expectations of the CHSCB.', 11);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(a)', 'Responsibilities of all safeguarding professionals',
    'Never include any confidential or sensitive work-related information on any social media sites. Work-related conversations that would be inappropriate on public transport for example, are just as inappropriate on a social networking site.', 12);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(b)', 'Responsibilities of all safeguarding professionals',
    'Never share confidential information online, for example, identifiable personal information about colleagues, members of the community or confidential CHSCB business', 13);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(c)', 'Responsibilities of all safeguarding professionals',
    'Never post or take photographs on CHSCB partner premises without explicit permission.', 14);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(d)', 'Responsibilities of all safeguarding professionals',
    'Safeguarding professionals are discouraged from posting photos of work colleagues on work-related social events. Some colleagues will object to their photographs being on websites and this can cause offence.', 15);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(e)', 'Responsibilities of all safeguarding professionals',
    'Never post audio and sound clips recorded during CHSCB meetings without explicit consent of all present.', 16);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(f)', 'Responsibilities of all safeguarding professionals',
    'Never use social networking sites to bully or intimidate another member (including posting inappropriate or offensive comments and pictures).', 17);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(g)', 'Responsibilities of all safeguarding professionals',
    'Never use social networking sites in any way, which is unlawful or grossly offensive.', 18);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(h)', 'Responsibilities of all safeguarding professionals',
    'CHSCB advice is not to accept a ‘friend request’ from a member of the community (or their family member) that you only know through professional work / contact.', 19);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.6(i)', 'Responsibilities of all safeguarding professionals',
    'CHSCB advice is to remove yourself if you have previously accepted a friend request from a member of the community or their family members, who you only know through professional work.', 20);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '3.7', 'Responsibilities of all safeguarding professionals',
    'Whilst we encourage and recognise the right of an individual to bring matters of concern to the attention of the appropriate authorities, there are internal mechanisms available to escalate and address such concerns. Social Media should not be used for such a purpose.', 21);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '4.1', 'Expectations of privacy',
    'Personal is not the same as private, don’t operate on the assumption that it is. It is important to note that once a comment is posted on social media, it ceases to be private and can be shared and turn up in online searches.', 22);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '4.2', 'Expectations of privacy',
    'All safeguarding professionals must recognise that social media is just another public space and therefore all policies, guidance and laws that we follow and adhere to in the real world must be applied in the virtual online world.', 23);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '5.1', 'Monitoring compliance',
    'CHSCB reserves the right to monitor internet use and the use of social media to ensure policy compliance.', 24);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '5.2', 'Monitoring compliance',
    'CHSCB reserves the right to report or investigate personal Facebook or similar social media sites if any matter comes to its attention, which it considers may constitute a potential breach of this policy.', 25);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '5.3', 'Monitoring compliance',
    'CHSCB reserves the right to request the closure of any applications or removal of content published by members which is deemed by the CHSCB to constitute a breach of this policy.', 26);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '5.4', 'Monitoring compliance',
    'Failure to comply with any such request may result in further action being taken.', 27);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '6.1', 'Discipline',
    'Being part of the online community can be fun and a useful way to keep in touch with friends and family. However, it must be remembered that Social Media platforms represent public spaces and it is important that all safeguarding partners reflect on the fact that our values, behaviours and integrity remains unchanged whether at, or away from work, and reflect the guidance set out within this policy.', 28);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '6.2', 'Discipline',
    'Breach of this policy may result in disciplinary action being taken by the parent organization of any offending member, and in extreme situations, up to and including dismissal. Disciplinary action may be taken whether the breach is committed during working hours or otherwise and whether committed on the Board’s IT equipment or communication systems or otherwise.', 29);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', '6.3', 'Discipline',
    'Any CHSCB member suspected of breaching this policy shall be expected to co-operate with any investigation which may involve the disclosure of relevant passwords or log-ins.', 30);

-- NSCB: source 001_8a63c40c12957542.txt (NSCB guidance and Model Social Media Policy)
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '4.1', 'Model policy 4: Scope of the Social Media Policy',
    'The Social Media Policy is binding on all employees and must be adhered to at all times.', 1);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '4.2', 'Model policy 4: Scope of the Social Media Policy',
    'Employees will be issued with a copy of the Policy and any subsequent amendments, together with a copy of the ‘Employee Declaration Form, attached at Appendix 1, which must be completed and returned to (Insert appropriate contact details).', 2);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '5.1', 'Model policy 5: Roles and responsibilities',
    'Inform their manager (Amend as applicable for your Organisation) immediately if they become aware of a posting on a social media site which may contravene the Organisation’s Social Media Policy.', 3);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.1', 'Model policy 6: Guidelines for using Social Media',
    'The Organisation respects an employee’s right to a private life and the Social Media Policy does not wish to discourage, nor unduly limit, an employee’s personal expression or online activities. However, employees must be aware that social networking sites are a public forum and should not assume that entries on a website will remain private. If an employee chooses to access social networking sites and/or other online forums, blogs etc, either inside or outside of work, he/she must do so in a responsible and appropriate manner and exercise judgement at all times. An employee will be personally responsible for the content of information posted, in a personal capacity, on any form of social media platform.', 4);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.2(a)', 'Model policy 6: Guidelines for using Social Media',
    'Refrain from “speaking on behalf of the Organisation” unless authorised to do so in writing. If an employee chooses to comment on any aspect of Organisation business, or Organisation policy, he/she should clearly identify him/herself as a (Insert name of Organisation) employee in the posting or blog site(s) and include a disclaimer that the views expressed are his/her own and not those of (Insert name of Organisation). If in doubt an employee should seek advice first from the Organisation’s Communication Team. (As appropriate for your Organisation). An employee will be personally liable for what he/she publishes online;', 5);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.2(b)', 'Model policy 6: Guidelines for using Social Media',
    'Not make any comment, or post any material, which may otherwise cause damage to the Organisation’s reputation or bring the Organisation into disrepute;', 6);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.2(c)', 'Model policy 6: Guidelines for using Social Media',
    'Not post information which could constitute contempt of court, a breach of copyright, a breach of the Data Protection Act, the Human Rights Act, the Freedom of Information Act or the Regulation of Investigatory Powers Act;', 7);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.2(d)', 'Model policy 6: Guidelines for using Social Media',
    'Not post or respond to material that is offensive, obscene, defamatory derogatory, threatening, harassing, bullying, discriminatory, racist, sexist or is otherwise unlawful;', 8);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.2(e)', 'Model policy 6: Guidelines for using Social Media',
    'Not use social media sites for political purposes or the promotion of personal interests;', 9);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.2(f)', 'Model policy 6: Guidelines for using Social Media',
    'Not use or disclose any confidential, personal, secure or protected information obtained in their capacity as an employee of (Insert name of Organisation);', 10);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.2(g)', 'Model policy 6: Guidelines for using Social Media',
    'Ensure information posted is politically neutral, factual, accurate and true;', 11);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.2(h)', 'Model policy 6: Guidelines for using Social Media',
    'Not interact on websites which could impact on working relationships with colleagues, organisationlors, partners, customers or service users.', 12);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '6.3', 'Model policy 6: Guidelines for using Social Media',
    'Failure to abide by the requirements of the Social Media Policy could result in disciplinary action being taken against an employee in accordance with (Insert name of Organisation)’s Disciplinary Procedure.', 13);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '7.1', 'Model policy 7: Monitoring',
    'In order to protect its legitimate business interests the Organisation reserves the right, without notice, to monitor e-mails and access an employee’s mailbox on the same basis as any other written documentation in line with the Data Protection Act, the Human Rights Act, the Freedom of Information Act and/ or the Regulation of Investigatory Powers Act.', 14);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '8.1', 'Model policy 8: Posting inappropriate material',
    'If an employee is found to have posted inappropriate material in any format on the internet he/she will be required to assist in ensuring such material is removed without delay. Failure to assist could lead to disciplinary action being taken in accordance with (Insert name of Organisation)’s Disciplinary Procedure.', 15);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '9.1', 'Model policy 9: Protecting against identity theft',
    'Employees are reminded of the need to be security conscious and take steps to protect themselves from identity theft eg: by restricting the amount of personal information posted online, by keeping passwords secure etc...', 16);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '9.2', 'Model policy 9: Protecting against identity theft',
    'Employees who have access to laptops or other mobile information equipment are responsible for the safety and security of equipment when it is in their possession.', 17);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '10.1', 'Model policy 10: Harassment and bullying',
    'All employees of (Insert name of Organisation) are expected to treat colleagues with dignity and respect.', 18);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', '10.2', 'Model policy 10: Harassment and bullying',
    'An employee subject to workplace harassment and/or bullying via the internet or a social media network often referred to as cyber-bullying, will have recourse to the Organisation’s Harassment Procedure.', 19);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('nscb', 'App 1', 'Model policy Appendix 1: Employee Declaration Form',
    'I confirm that I have received a copy (Insert Organisation name)’s Social Media Policy. I have read and understood the Policy and am aware that should I contravene the requirements contained within the Policy disciplinary action may be taken in accordance with (Insert Organisation name)’s Disciplinary Procedure.', 20);

-- Cwm Taf: source 004_da8fa874e2fdb33c.txt (Social Networking: Practice Guidance, Cwm Taf Safeguarding Boards, December 2014)
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(a)', 'Personal use of social networking sites',
    'Ensure that they use privacy settings that protects their private life to allow for safe boundaries between their practice and their private life', 1);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(b)', 'Personal use of social networking sites',
    'Ensure that they do not conduct themselves in a way that is detrimental to their employer', 2);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(c)', 'Personal use of social networking sites',
    'Not refer to their employer or their role in a way that is detrimental', 3);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(d)', 'Personal use of social networking sites',
    'Not to make public comments or status updates which refer to their practice; Confidentiality must be maintained', 4);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(e)', 'Personal use of social networking sites',
    'Not publish any content, which may result in actions for defamation, discrimination, breaches of confidentiality or copyright, data protection or other claims for damages. This includes, but is not limited to, material of an illegal, sexual or offensive nature that may bring you or your organisation into disrepute', 5);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(f)', 'Personal use of social networking sites',
    'Not post images of service users or incidents that take place during an employee''s working day on an personal social networking site', 6);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(g)', 'Personal use of social networking sites',
    'Not send or post abusive or defamatory messages. Employees should be aware that social networking websites are a public forum, particularly if the employee is part of a ''network''. Employees should not assume that their entries on any website will remain private', 7);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(h)', 'Personal use of social networking sites',
    'Take care not to allow their interaction with others on these sites to damage working relationships between members of staff, clients, service users or partner agencies', 8);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(i)', 'Personal use of social networking sites',
    'Not use employers'' logos on personal web pages;', 9);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'PU(j)', 'Personal use of social networking sites',
    'Not to gather information about service users from social networking / online sources', 10);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'NM(a)', 'Personal use of social networking sites',
    'If they receive press or media contact regarding the content of their personal web page which relates to their employment or the work of their organisation', 11);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'NM(b)', 'Personal use of social networking sites',
    'If they feel that they, or someone else, are subject to abuse by colleagues through use of a social networking site which has some reference to employment roles, or to incidents during their working day', 12);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'NM(c)', 'Personal use of social networking sites',
    'If information on the site raises a cause for concern with regard to conflict of interest', 13);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'NM(d)', 'Personal use of social networking sites',
    'If they are unsure as to the appropriateness of information or images they wish to publish on their personal web page', 14);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'NM(e)', 'Personal use of social networking sites',
    'If a service user is seeking to clone a social networking site using an employee or volunteer''s identity', 15);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'NM(f)', 'Personal use of social networking sites',
    'If a service user has sought to make contact with an employee or volunteer via social networking', 16);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'OU', 'Official use of social networking sites',
    'Any use of social networking sites for official purposes must follow the appropriate approval process for your organisation.', 17);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'OUT(a)', 'Outcomes',
    'Inappropriate social use of the internet outside the work place could bring the organisation/agency reputation into disrepute, destroy working relationships or expose the organisation to potential liabilities.', 18);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('cwmtaf', 'OUT(b)', 'Outcomes',
    'A breach of the policies within your organisation could be considered gross misconduct and the consequence may be disciplinary action up to and including summary dismissal.', 19);

-- LSCB: source 002_df13f60bc367b84c.txt (LSCB expectations for agencies' social media policies, May 2015)
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '1(a)', 'Expectations for staff working directly with children and young people',
    'Do not behave on SM in a way that might be misinterpreted as trying to develop a personal relationship with a child or young person.', 1);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '1(b)', 'Expectations for staff working directly with children and young people',
    'Keep personal SM usage entirely separate from any professional use. Be particularly careful to check which account you are logged into before posting anything online.', 2);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '1(c)', 'Expectations for staff working directly with children and young people',
    'Assume that service users will look for you online. Therefore ensure that any personal SM accounts do not include anything that may reflect badly on your professional standing or the reputation of your employer.', 3);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '1(d)', 'Expectations for staff working directly with children and young people',
    'Online "conversations" may appear to be ephemeral, but as they are written material they should be treated as if they are a permanent record.', 4);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '1(e)', 'Expectations for staff working directly with children and young people',
    'Once you post something online it is usually out of your control. Assume all information you post online is public unless you are certain it is not.', 5);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '1(f)', 'Expectations for staff working directly with children and young people',
    'Do not use personal equipment to take images of children and young people for professional use. Only use equipment supplied by your organisation and then only in line with your organisation''s policy on handling images of children. That policy should make clear the procedures for obtaining consent; secure storage; removal from equipment and eventual disposal, in line with your organisation''s data retention policy.', 6);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '2(a)', 'Expectations for organisations exploiting SM to engage directly with children and young people',
    'Not all SM products are appropriate for children. If you rely on a particular product, check its minimum age requirement to ensure it is appropriate for the target group. Do not leave your organisation open to accusations of normalising or encouraging under-age use.', 7);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '2(b)', 'Expectations for organisations exploiting SM to engage directly with children and young people',
    'Make sure your organisation makes available clear safety guidance for any children using SM to communicate with you, both at the point of signing up and through subsequent signposting.', 8);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '2(c)', 'Expectations for organisations exploiting SM to engage directly with children and young people',
    'Be aware that some types of open online communication may require moderation. Have procedures in place for managing the posting of inappropriate material by a child or young person; bullying or harassing posts; or a child making a disclosure.', 9);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '2(d)', 'Expectations for organisations exploiting SM to engage directly with children and young people',
    'Be clear about the procedure and timescales in responding to any questions, issues or concerns posted online so as to avoid unreasonable expectations on the part of the child or young person.', 10);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '3(a)', 'Expectations for organisations using SM to gather information on children and young people to inform their professional practice',
    'If SM systems are searched to collect information on specific children, there must be a justifiable concern. The activity must be authorised by a member of staff of appropriate seniority and the process and its outcomes logged.', 11);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '3(b)', 'Expectations for organisations using SM to gather information on children and young people to inform their professional practice',
    'Any online searches must be done using open methods available legally to any member of the public. You must not attempt to guess passwords or apply any other subterfuge to gain access to information.', 12);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '3(c)', 'Expectations for organisations using SM to gather information on children and young people to inform their professional practice',
    'In the interests of safeguarding children, it may sometimes be appropriate to check what they are posting publicly about themselves and their family or friends. However, such investigation must be logged and authorised by a member of staff of appropriate seniority.', 13);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '3(d)', 'Expectations for organisations using SM to gather information on children and young people to inform their professional practice',
    'Children and young people communicate online using different social norms to adults. This may lead to misunderstandings or over-reaction. Be careful not to read something into an online exchange that is not there.', 14);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('lscb', '3(e)', 'Expectations for organisations using SM to gather information on children and young people to inform their professional practice',
    'Do not assume that any information you may gather is in the public domain: that may not have been the poster''s intention.', 15);

-- NSCB's model policy 8.1: content removed within 3 working days, reminded after 1.
update board set removal_working_days = 3, removal_reminder_working_days = 1 where id = 'nscb';

-- Cwm Taf's Welsh, from its practice guidance's headings (translated for the demo; a native speaker should read it).
-- "Outcomes" (OUT(a), OUT(b)) is left without Welsh on purpose: the demo shows how a missing Welsh text is told.
update board set name_cy = 'Byrddau Diogelu Cwm Taf',
    policy_title_cy = 'Rhwydweithio Cymdeithasol: Canllawiau Ymarfer i''r rheini y mae eu gwaith yn dod â hwy i gysylltiad â phlant, pobl ifanc ac oedolion sy''n wynebu risg yn ardal Cwm Taf'
    where id = 'cwmtaf';

update parent_organisation set name_cy = 'Heddlu De Cymru' where tenant_id = 'cwmtaf' and name = 'South Wales Police';
update parent_organisation set name_cy = 'Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg' where tenant_id = 'cwmtaf' and name = 'Cwm Taf Morgannwg University Health Board';
update parent_organisation set name_cy = 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf' where tenant_id = 'cwmtaf' and name = 'Rhondda Cynon Taf County Borough Council';
update parent_organisation set name_cy = 'Cyngor Bwrdeistref Sirol Merthyr Tudful' where tenant_id = 'cwmtaf' and name = 'Merthyr Tydfil County Borough Council';
update parent_organisation set name_cy = 'Gwasanaeth Carchardai a Phrawf EF Cymru' where tenant_id = 'cwmtaf' and name = 'HM Prison and Probation Service Wales';

update policy_clause set section_cy = 'Defnydd personol o safleoedd rhwydweithio cymdeithasol'
    where tenant_id = 'cwmtaf' and section = 'Personal use of social networking sites';
update policy_clause set section_cy = 'Defnydd swyddogol o safleoedd rhwydweithio cymdeithasol'
    where tenant_id = 'cwmtaf' and section = 'Official use of social networking sites';

update policy_clause set clause_text_cy = 'Sicrhau eu bod yn defnyddio gosodiadau preifatrwydd sy''n diogelu eu bywyd preifat, er mwyn cadw ffiniau diogel rhwng eu hymarfer a''u bywyd preifat' where tenant_id = 'cwmtaf' and reference = 'PU(a)' and version_no = 1;
update policy_clause set clause_text_cy = 'Sicrhau nad ydynt yn ymddwyn mewn ffordd sy''n niweidiol i''w cyflogwr' where tenant_id = 'cwmtaf' and reference = 'PU(b)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â chyfeirio at eu cyflogwr na''u rôl mewn ffordd sy''n niweidiol' where tenant_id = 'cwmtaf' and reference = 'PU(c)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â gwneud sylwadau cyhoeddus na diweddariadau statws sy''n cyfeirio at eu hymarfer; rhaid cadw cyfrinachedd' where tenant_id = 'cwmtaf' and reference = 'PU(d)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â chyhoeddi unrhyw gynnwys a allai arwain at gamau am ddifenwad, gwahaniaethu, torri cyfrinachedd neu hawlfraint, diogelu data neu hawliadau eraill am iawndal. Mae hyn yn cynnwys, ond heb fod yn gyfyngedig i, ddeunydd anghyfreithlon, rhywiol neu sarhaus a allai ddwyn anfri arnoch chi neu ar eich sefydliad' where tenant_id = 'cwmtaf' and reference = 'PU(e)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â phostio delweddau o ddefnyddwyr gwasanaeth neu o ddigwyddiadau sy''n digwydd yn ystod diwrnod gwaith cyflogai ar safle rhwydweithio cymdeithasol personol' where tenant_id = 'cwmtaf' and reference = 'PU(f)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio ag anfon na phostio negeseuon sarhaus neu ddifenwol. Dylai cyflogeion fod yn ymwybodol bod gwefannau rhwydweithio cymdeithasol yn fforwm cyhoeddus, yn enwedig os yw''r cyflogai yn rhan o ''rwydwaith''. Ni ddylai cyflogeion dybio y bydd yr hyn a roddant ar unrhyw wefan yn aros yn breifat' where tenant_id = 'cwmtaf' and reference = 'PU(g)' and version_no = 1;
update policy_clause set clause_text_cy = 'Gofalu nad yw eu rhyngweithio ag eraill ar y safleoedd hyn yn niweidio perthnasoedd gwaith rhwng aelodau staff, cleientiaid, defnyddwyr gwasanaeth neu asiantaethau partner' where tenant_id = 'cwmtaf' and reference = 'PU(h)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â defnyddio logos cyflogwyr ar dudalennau gwe personol;' where tenant_id = 'cwmtaf' and reference = 'PU(i)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â chasglu gwybodaeth am ddefnyddwyr gwasanaeth o ffynonellau rhwydweithio cymdeithasol / ar-lein' where tenant_id = 'cwmtaf' and reference = 'PU(j)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os ydynt yn cael cysylltiad gan y wasg neu''r cyfryngau ynglŷn â chynnwys eu tudalen we bersonol sy''n ymwneud â''u cyflogaeth neu â gwaith eu sefydliad' where tenant_id = 'cwmtaf' and reference = 'NM(a)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os ydynt yn teimlo eu bod hwy, neu rywun arall, yn cael eu cam-drin gan gydweithwyr drwy safle rhwydweithio cymdeithasol sy''n cyfeirio at rolau cyflogaeth, neu at ddigwyddiadau yn ystod eu diwrnod gwaith' where tenant_id = 'cwmtaf' and reference = 'NM(b)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os yw gwybodaeth ar y safle yn achosi pryder ynghylch gwrthdaro buddiannau' where tenant_id = 'cwmtaf' and reference = 'NM(c)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os ydynt yn ansicr a yw gwybodaeth neu ddelweddau y maent am eu cyhoeddi ar eu tudalen we bersonol yn briodol' where tenant_id = 'cwmtaf' and reference = 'NM(d)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os yw defnyddiwr gwasanaeth yn ceisio clonio safle rhwydweithio cymdeithasol gan ddefnyddio hunaniaeth cyflogai neu wirfoddolwr' where tenant_id = 'cwmtaf' and reference = 'NM(e)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os yw defnyddiwr gwasanaeth wedi ceisio cysylltu â chyflogai neu wirfoddolwr drwy rwydweithio cymdeithasol' where tenant_id = 'cwmtaf' and reference = 'NM(f)' and version_no = 1;
update policy_clause set clause_text_cy = 'Rhaid i unrhyw ddefnydd o safleoedd rhwydweithio cymdeithasol at ddibenion swyddogol ddilyn proses gymeradwyo briodol eich sefydliad.' where tenant_id = 'cwmtaf' and reference = 'OU' and version_no = 1;

-- The authorised-use clauses an investigation may cite, quoted from the CHSCB's document (2017). "AU" keeps them
-- apart from the personal-use policy's clauses of the same numbers. New CHSCB-like boards copy them with the rest.
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 3.3', 'Authorised use of official accounts: accreditation of an authorised user',
    'Authorised Users represent the Board and therefore every message, tweet, update or upload must be consistent with the values and behaviours expected in any other form of personal or written engagement with the public.', 31);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 4.1', 'Authorised use of official accounts: look and feel – tone, brand and voice',
    'In most cases a conversational, relaxed and approachable tone works best in social media. Avoiding jargon and acronyms is recommended, don''t be afraid to inject personality but remember you are speaking in public, to the public and on behalf of the CHSCB.', 32);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 4.2', 'Authorised use of official accounts: look and feel – tone, brand and voice',
    'Getting the balance right can be difficult. The best approach is to be yourself, a professional safeguarding partner.', 33);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 4.3', 'Authorised use of official accounts: look and feel – tone, brand and voice',
    'Don''t tweet about personal issues – no one wants to know what you had for lunch – but tweet if you''re having a public meeting in a town hall, leisure centre or coffee shop.', 34);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 4.4', 'Authorised use of official accounts: look and feel – tone, brand and voice',
    'Content should be relevant, concise and to the point. This is especially important on sites with limited character input, such as Twitter. The short sentences necessary in this medium can appear sharp and rude if you haven''t properly considered your message - so always pause and think about language and punctuation.', 35);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 4.5', 'Authorised use of official accounts: look and feel – tone, brand and voice',
    'When sharing a Facebook update via Twitter remember that fewer characters (89) will be seen on the tweet.', 36);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 5.1', 'Authorised use of official accounts: copyright',
    'City and Hackney Safeguarding Children''s Board logos, images and bespoke signage will be copyrighted to protect the brand, ownership of the image or design and critically to provide a means of redress if anyone masquerades as a CHSCB account.', 37);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 5.2', 'Authorised use of official accounts: copyright',
    'CHSCB logos and branding must be used on all corporate accounts. This reassures those who like your page and followers that they are engaged with the actual CHSCB.', 38);
insert into policy_clause (tenant_id, reference, section, clause_text, sort_order) values ('chscb', 'AU 5.3', 'Authorised use of official accounts: copyright',
    'When circulating photographs that are not the sole property of CHSCB, you must ensure that you are not in breach of copyright.', 39);

-- The demo boards' rules, from their own documents: the LSCB allows searches with authorisation (section 3); Cwm Taf
-- prohibits them (PU(j) of its practice guidance). City & Hackney and Northumberland say nothing against it.
insert into child_search_rule (tenant_id, rule, clause_reference, clause_text, set_by, set_at) values ('lscb', 'AUTHORISATION_REQUIRED', '3(a)',
    'If SM systems are searched to collect information on specific children, there must be a justifiable concern. The activity must be authorised by a member of staff of appropriate seniority and the process and its outcomes logged.', 'system', current_timestamp);
insert into child_search_rule (tenant_id, rule, clause_reference, clause_text, set_by, set_at) values ('cwmtaf', 'PROHIBITED', 'PU(j)',
    'Not to gather information about service users from social networking / online sources', 'system', current_timestamp);
insert into child_search_rule (tenant_id, rule, clause_reference, clause_text, set_by, set_at) values ('chscb', 'AUTHORISATION_REQUIRED', null,
    'LSCB section 3: if SM systems are searched to collect information on specific children, there must be a justifiable concern. The activity must be authorised by a member of staff of appropriate seniority and the process and its outcomes logged.', 'system', current_timestamp);
insert into child_search_rule (tenant_id, rule, clause_reference, clause_text, set_by, set_at) values ('nscb', 'AUTHORISATION_REQUIRED', null,
    'LSCB section 3: if SM systems are searched to collect information on specific children, there must be a justifiable concern. The activity must be authorised by a member of staff of appropriate seniority and the process and its outcomes logged.', 'system', current_timestamp);

-- ---------------------------------------------------------------------------------------------
-- Each board's audit chain starts at sequence 0 with the all-zero genesis hash (as migration 3 did).
-- ---------------------------------------------------------------------------------------------
insert into timeline_head (tenant_id, last_seq, last_hash)
select id, 0, '0000000000000000000000000000000000000000000000000000000000000000' from board
 where id in ('chscb', 'nscb', 'cwmtaf', 'lscb');
