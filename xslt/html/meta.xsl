<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a reference manager reads from the reading edition, and the
  "cite this" block.

  Zotero reads Highwire Press (citation_*) and Dublin Core (DC.*) meta tags,
  not JSON-LD; citation_title alone makes a journal article, so DC.type says
  what the document is (manuscript, or letter), and there is no og:type.
  The BibTeX record is a data: URI, so downloading it makes no request.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:th="urn:tei-edition:html"
  exclude-result-prefixes="#all">

  <!-- The summary as plain text, the translator's marks as typed. -->
  <xsl:function name="th:abstract" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$tei/tei:teiHeader/tei:profileDesc/tei:abstract/tei:p" mode="te:source"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text, ' '))"/>
  </xsl:function>

  <xsl:function name="th:dc-type" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="if ($dc-type != '') then $dc-type
        else if ($tei/tei:text//(tei:opener | tei:closer | tei:ab[@type = 'header'])) then 'letter'
        else 'manuscript'"/>
  </xsl:function>

  <xsl:function name="th:document-date" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="(te:doc-date($tei)/@when, $tei/tei:text/tei:front/tei:docDate/@when)[1]/string()"/>
  </xsl:function>

  <xsl:template name="th:meta" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="file" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="title" select="te:title($tei)"/>
    <xsl:variable name="date" select="th:document-date($tei)"/>
    <xsl:variable name="publisher" select="normalize-space($file/tei:publicationStmt/tei:publisher[1])"/>
    <xsl:variable name="language" select="($tei/tei:text/@xml:lang, 'en')[1]"/>
    <xsl:variable name="abstract" select="th:abstract($tei)"/>
    <xsl:variable name="uri" select="normalize-space($file/tei:publicationStmt/tei:idno[@type = 'URI'][1])"/>
    <xsl:variable name="licence" select="$file/tei:publicationStmt/tei:availability/tei:licence[1]"/>
    <xsl:variable name="keywords" select="$tei/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term/normalize-space()"/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <xsl:if test="$abstract"><meta name="description" content="{$abstract}"/></xsl:if>
    <meta name="citation_title" content="{$title}"/>
    <xsl:if test="$date">
      <meta name="citation_date" content="{translate($date, '-', '/')}"/>
      <meta name="citation_publication_date" content="{translate($date, '-', '/')}"/>
    </xsl:if>
    <xsl:if test="$publisher"><meta name="citation_publisher" content="{$publisher}"/></xsl:if>
    <meta name="citation_language" content="{$language}"/>
    <xsl:for-each select="$keywords"><meta name="citation_keywords" content="{.}"/></xsl:for-each>
    <xsl:if test="$uri"><meta name="citation_abstract_html_url" content="{$uri}"/></xsl:if>
    <xsl:for-each select="th:absolute($pdf-path, $tei, $id)">
      <meta name="citation_pdf_url" content="{.}"/>
    </xsl:for-each>
    <meta name="DC.title" content="{$title}"/>
    <xsl:if test="$date"><meta name="DC.date" content="{$date}"/></xsl:if>
    <meta name="DC.type" content="{th:dc-type($tei)}"/>
    <meta name="DC.language" content="{$language}"/>
    <xsl:if test="$publisher"><meta name="DC.publisher" content="{$publisher}"/></xsl:if>
    <xsl:if test="$licence">
      <meta name="DC.rights" content="{string-join((normalize-space($licence), $licence/@target), ' ')}"/>
    </xsl:if>
    <xsl:if test="$abstract"><meta name="DC.description" content="{$abstract}"/></xsl:if>
    <xsl:for-each select="$keywords"><meta name="DC.subject" content="{.}"/></xsl:for-each>
    <meta name="DC.identifier" content="{($uri[.], $id)[1]}"/>
    <xsl:for-each select="$file/tei:sourceDesc/tei:bibl[@type = 'translation']/tei:publisher">
      <meta name="DC.source" content="{'English translation: ' || normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:if test="$uri"><link rel="canonical" href="{$uri}"/></xsl:if>
  </xsl:template>

  <!-- ============================================================ BibTeX -->
  <xsl:function name="th:bibtex-escape" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace(replace(replace($text, '\\', '\\textbackslash '), '([{}&amp;%$#_])', '\\$1'), '~', '\\textasciitilde ')"/>
  </xsl:function>

  <xsl:function name="th:bibtex" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="file" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="date" select="th:document-date($tei)"/>
    <xsl:variable name="series" select="string-join(($file/tei:seriesStmt/tei:title[1], $file/tei:editionStmt/tei:edition[1])/normalize-space()[.], ', ')"/>
    <xsl:variable name="translation" select="$file/tei:sourceDesc/tei:bibl[@type = 'translation']/tei:publisher[1]/normalize-space()"/>
    <xsl:variable name="language" select="$file/tei:sourceDesc//tei:textLang[1]/normalize-space()"/>
    <xsl:variable name="uri" select="normalize-space($file/tei:publicationStmt/tei:idno[@type = 'URI'][1])"/>
    <xsl:variable name="fields" as="xs:string*" select="(
        'title = {' || th:bibtex-escape(te:title($tei)) || '}',
        $date ! ('date = {' || . || '}'),
        $date ! ('year = {' || substring(., 1, 4) || '}'),
        te:translator($tei) ! ('translator = {' || th:bibtex-escape(.) || '}'),
        $series[.] ! ('howpublished = {' || th:bibtex-escape(.) || '}'),
        $file/tei:publicationStmt/tei:publisher[1]/normalize-space()[.] ! ('publisher = {' || th:bibtex-escape(.) || '}'),
        $uri[.] ! ('url = {' || . || '}'),
        (if ($language or $translation) then 'note = {' || th:bibtex-escape(string-join((
            $language ! ('Translated from ' || . || '.'),
            $translation ! ('English translation published by ' || . || '.')), ' ')) || '}' else ()),
        'langid = {english}')"/>
    <xsl:sequence select="'@misc{' || replace($id, '[^A-Za-z0-9:_-]', '_') || ',&#10;  '
        || string-join($fields, ',&#10;  ') || '&#10;}&#10;'"/>
  </xsl:function>

  <!-- ============================================================ cite this -->
  <xsl:template name="th:cite">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="bibtex" select="th:bibtex($tei, $id)"/>
    <section class="cite" id="cite" aria-labelledby="cite-h">
      <h2 id="cite-h">Cite this document</h2>
      <p class="citation"><xsl:value-of select="te:citation($tei)"/></p>
      <p class="cite-hint">To cite a passage, add its paragraph number (¶), shown in the margin;
        each number is a link to the paragraph.</p>
      <p>
        <a class="download" download="{$id}.bib"
           href="{'data:application/x-bibtex;charset=utf-8,' || encode-for-uri($bibtex)}">Download BibTeX</a>
      </p>
      <details>
        <summary>BibTeX record</summary>
        <pre><code><xsl:value-of select="$bibtex"/></code></pre>
      </details>
    </section>
  </xsl:template>
</xsl:stylesheet>
