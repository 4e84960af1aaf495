# Every name alias CPython 3.11 accepts in \N{...} (Unicode 14.0.0's
# NameAliases.txt: corrections, control codes, alternates, figments and
# abbreviations), printed as the code points they stand for.
aliases = [
    "\N{NULL}",  # control
    "\N{NUL}",  # abbreviation
    "\N{START OF HEADING}",  # control
    "\N{SOH}",  # abbreviation
    "\N{START OF TEXT}",  # control
    "\N{STX}",  # abbreviation
    "\N{END OF TEXT}",  # control
    "\N{ETX}",  # abbreviation
    "\N{END OF TRANSMISSION}",  # control
    "\N{EOT}",  # abbreviation
    "\N{ENQUIRY}",  # control
    "\N{ENQ}",  # abbreviation
    "\N{ACKNOWLEDGE}",  # control
    "\N{ACK}",  # abbreviation
    "\N{ALERT}",  # control
    "\N{BEL}",  # abbreviation
    "\N{BACKSPACE}",  # control
    "\N{BS}",  # abbreviation
    "\N{CHARACTER TABULATION}",  # control
    "\N{HORIZONTAL TABULATION}",  # control
    "\N{HT}",  # abbreviation
    "\N{TAB}",  # abbreviation
    "\N{LINE FEED}",  # control
    "\N{NEW LINE}",  # control
    "\N{END OF LINE}",  # control
    "\N{LF}",  # abbreviation
    "\N{NL}",  # abbreviation
    "\N{EOL}",  # abbreviation
    "\N{LINE TABULATION}",  # control
    "\N{VERTICAL TABULATION}",  # control
    "\N{VT}",  # abbreviation
    "\N{FORM FEED}",  # control
    "\N{FF}",  # abbreviation
    "\N{CARRIAGE RETURN}",  # control
    "\N{CR}",  # abbreviation
    "\N{SHIFT OUT}",  # control
    "\N{LOCKING-SHIFT ONE}",  # control
    "\N{SO}",  # abbreviation
    "\N{SHIFT IN}",  # control
    "\N{LOCKING-SHIFT ZERO}",  # control
    "\N{SI}",  # abbreviation
    "\N{DATA LINK ESCAPE}",  # control
    "\N{DLE}",  # abbreviation
    "\N{DEVICE CONTROL ONE}",  # control
    "\N{DC1}",  # abbreviation
    "\N{DEVICE CONTROL TWO}",  # control
    "\N{DC2}",  # abbreviation
    "\N{DEVICE CONTROL THREE}",  # control
    "\N{DC3}",  # abbreviation
    "\N{DEVICE CONTROL FOUR}",  # control
    "\N{DC4}",  # abbreviation
    "\N{NEGATIVE ACKNOWLEDGE}",  # control
    "\N{NAK}",  # abbreviation
    "\N{SYNCHRONOUS IDLE}",  # control
    "\N{SYN}",  # abbreviation
    "\N{END OF TRANSMISSION BLOCK}",  # control
    "\N{ETB}",  # abbreviation
    "\N{CANCEL}",  # control
    "\N{CAN}",  # abbreviation
    "\N{END OF MEDIUM}",  # control
    "\N{EOM}",  # abbreviation
    "\N{SUBSTITUTE}",  # control
    "\N{SUB}",  # abbreviation
    "\N{ESCAPE}",  # control
    "\N{ESC}",  # abbreviation
    "\N{INFORMATION SEPARATOR FOUR}",  # control
    "\N{FILE SEPARATOR}",  # control
    "\N{FS}",  # abbreviation
    "\N{INFORMATION SEPARATOR THREE}",  # control
    "\N{GROUP SEPARATOR}",  # control
    "\N{GS}",  # abbreviation
    "\N{INFORMATION SEPARATOR TWO}",  # control
    "\N{RECORD SEPARATOR}",  # control
    "\N{RS}",  # abbreviation
    "\N{INFORMATION SEPARATOR ONE}",  # control
    "\N{UNIT SEPARATOR}",  # control
    "\N{US}",  # abbreviation
    "\N{SP}",  # abbreviation
    "\N{DELETE}",  # control
    "\N{DEL}",  # abbreviation
    "\N{PADDING CHARACTER}",  # figment
    "\N{PAD}",  # abbreviation
    "\N{HIGH OCTET PRESET}",  # figment
    "\N{HOP}",  # abbreviation
    "\N{BREAK PERMITTED HERE}",  # control
    "\N{BPH}",  # abbreviation
    "\N{NO BREAK HERE}",  # control
    "\N{NBH}",  # abbreviation
    "\N{INDEX}",  # control
    "\N{IND}",  # abbreviation
    "\N{NEXT LINE}",  # control
    "\N{NEL}",  # abbreviation
    "\N{START OF SELECTED AREA}",  # control
    "\N{SSA}",  # abbreviation
    "\N{END OF SELECTED AREA}",  # control
    "\N{ESA}",  # abbreviation
    "\N{CHARACTER TABULATION SET}",  # control
    "\N{HORIZONTAL TABULATION SET}",  # control
    "\N{HTS}",  # abbreviation
    "\N{CHARACTER TABULATION WITH JUSTIFICATION}",  # control
    "\N{HORIZONTAL TABULATION WITH JUSTIFICATION}",  # control
    "\N{HTJ}",  # abbreviation
    "\N{LINE TABULATION SET}",  # control
    "\N{VERTICAL TABULATION SET}",  # control
    "\N{VTS}",  # abbreviation
    "\N{PARTIAL LINE FORWARD}",  # control
    "\N{PARTIAL LINE DOWN}",  # control
    "\N{PLD}",  # abbreviation
    "\N{PARTIAL LINE BACKWARD}",  # control
    "\N{PARTIAL LINE UP}",  # control
    "\N{PLU}",  # abbreviation
    "\N{REVERSE LINE FEED}",  # control
    "\N{REVERSE INDEX}",  # control
    "\N{RI}",  # abbreviation
    "\N{SINGLE SHIFT TWO}",  # control
    "\N{SINGLE-SHIFT-2}",  # control
    "\N{SS2}",  # abbreviation
    "\N{SINGLE SHIFT THREE}",  # control
    "\N{SINGLE-SHIFT-3}",  # control
    "\N{SS3}",  # abbreviation
    "\N{DEVICE CONTROL STRING}",  # control
    "\N{DCS}",  # abbreviation
    "\N{PRIVATE USE ONE}",  # control
    "\N{PRIVATE USE-1}",  # control
    "\N{PU1}",  # abbreviation
    "\N{PRIVATE USE TWO}",  # control
    "\N{PRIVATE USE-2}",  # control
    "\N{PU2}",  # abbreviation
    "\N{SET TRANSMIT STATE}",  # control
    "\N{STS}",  # abbreviation
    "\N{CANCEL CHARACTER}",  # control
    "\N{CCH}",  # abbreviation
    "\N{MESSAGE WAITING}",  # control
    "\N{MW}",  # abbreviation
    "\N{START OF GUARDED AREA}",  # control
    "\N{START OF PROTECTED AREA}",  # control
    "\N{SPA}",  # abbreviation
    "\N{END OF GUARDED AREA}",  # control
    "\N{END OF PROTECTED AREA}",  # control
    "\N{EPA}",  # abbreviation
    "\N{START OF STRING}",  # control
    "\N{SOS}",  # abbreviation
    "\N{SINGLE GRAPHIC CHARACTER INTRODUCER}",  # figment
    "\N{SGC}",  # abbreviation
    "\N{SINGLE CHARACTER INTRODUCER}",  # control
    "\N{SCI}",  # abbreviation
    "\N{CONTROL SEQUENCE INTRODUCER}",  # control
    "\N{CSI}",  # abbreviation
    "\N{STRING TERMINATOR}",  # control
    "\N{ST}",  # abbreviation
    "\N{OPERATING SYSTEM COMMAND}",  # control
    "\N{OSC}",  # abbreviation
    "\N{PRIVACY MESSAGE}",  # control
    "\N{PM}",  # abbreviation
    "\N{APPLICATION PROGRAM COMMAND}",  # control
    "\N{APC}",  # abbreviation
    "\N{NBSP}",  # abbreviation
    "\N{SHY}",  # abbreviation
    "\N{LATIN CAPITAL LETTER GHA}",  # correction
    "\N{LATIN SMALL LETTER GHA}",  # correction
    "\N{CGJ}",  # abbreviation
    "\N{ALM}",  # abbreviation
    "\N{SYRIAC SUBLINEAR COLON SKEWED LEFT}",  # correction
    "\N{KANNADA LETTER LLLA}",  # correction
    "\N{LAO LETTER FO FON}",  # correction
    "\N{LAO LETTER FO FAY}",  # correction
    "\N{LAO LETTER RO}",  # correction
    "\N{LAO LETTER LO}",  # correction
    "\N{TIBETAN MARK BKA- SHOG GI MGO RGYAN}",  # correction
    "\N{HANGUL JONGSEONG YESIEUNG-KIYEOK}",  # correction
    "\N{HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK}",  # correction
    "\N{HANGUL JONGSEONG SSANGYESIEUNG}",  # correction
    "\N{HANGUL JONGSEONG YESIEUNG-KHIEUKH}",  # correction
    "\N{FVS1}",  # abbreviation
    "\N{FVS2}",  # abbreviation
    "\N{FVS3}",  # abbreviation
    "\N{MVS}",  # abbreviation
    "\N{FVS4}",  # abbreviation
    "\N{ZWSP}",  # abbreviation
    "\N{ZWNJ}",  # abbreviation
    "\N{ZWJ}",  # abbreviation
    "\N{LRM}",  # abbreviation
    "\N{RLM}",  # abbreviation
    "\N{LRE}",  # abbreviation
    "\N{RLE}",  # abbreviation
    "\N{PDF}",  # abbreviation
    "\N{LRO}",  # abbreviation
    "\N{RLO}",  # abbreviation
    "\N{NNBSP}",  # abbreviation
    "\N{MMSP}",  # abbreviation
    "\N{WJ}",  # abbreviation
    "\N{LRI}",  # abbreviation
    "\N{RLI}",  # abbreviation
    "\N{FSI}",  # abbreviation
    "\N{PDI}",  # abbreviation
    "\N{WEIERSTRASS ELLIPTIC FUNCTION}",  # correction
    "\N{MICR ON US SYMBOL}",  # correction
    "\N{MICR DASH SYMBOL}",  # correction
    "\N{LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE}",  # correction
    "\N{RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE}",  # correction
    "\N{YI SYLLABLE ITERATION MARK}",  # correction
    "\N{MYANMAR LETTER KHAMTI LLA}",  # correction
    "\N{VS1}",  # abbreviation
    "\N{VS2}",  # abbreviation
    "\N{VS3}",  # abbreviation
    "\N{VS4}",  # abbreviation
    "\N{VS5}",  # abbreviation
    "\N{VS6}",  # abbreviation
    "\N{VS7}",  # abbreviation
    "\N{VS8}",  # abbreviation
    "\N{VS9}",  # abbreviation
    "\N{VS10}",  # abbreviation
    "\N{VS11}",  # abbreviation
    "\N{VS12}",  # abbreviation
    "\N{VS13}",  # abbreviation
    "\N{VS14}",  # abbreviation
    "\N{VS15}",  # abbreviation
    "\N{VS16}",  # abbreviation
    "\N{PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET}",  # correction
    "\N{BYTE ORDER MARK}",  # alternate
    "\N{BOM}",  # abbreviation
    "\N{ZWNBSP}",  # abbreviation
    "\N{CUNEIFORM SIGN NU11 TENU}",  # correction
    "\N{CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR}",  # correction
    "\N{MEDEFAIDRIN CAPITAL LETTER H}",  # correction
    "\N{MEDEFAIDRIN CAPITAL LETTER NG}",  # correction
    "\N{MEDEFAIDRIN SMALL LETTER H}",  # correction
    "\N{MEDEFAIDRIN SMALL LETTER NG}",  # correction
    "\N{HENTAIGANA LETTER E-1}",  # correction
    "\N{BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS}",  # correction
    "\N{VS17}",  # abbreviation
    "\N{VS18}",  # abbreviation
    "\N{VS19}",  # abbreviation
    "\N{VS20}",  # abbreviation
    "\N{VS21}",  # abbreviation
    "\N{VS22}",  # abbreviation
    "\N{VS23}",  # abbreviation
    "\N{VS24}",  # abbreviation
    "\N{VS25}",  # abbreviation
    "\N{VS26}",  # abbreviation
    "\N{VS27}",  # abbreviation
    "\N{VS28}",  # abbreviation
    "\N{VS29}",  # abbreviation
    "\N{VS30}",  # abbreviation
    "\N{VS31}",  # abbreviation
    "\N{VS32}",  # abbreviation
    "\N{VS33}",  # abbreviation
    "\N{VS34}",  # abbreviation
    "\N{VS35}",  # abbreviation
    "\N{VS36}",  # abbreviation
    "\N{VS37}",  # abbreviation
    "\N{VS38}",  # abbreviation
    "\N{VS39}",  # abbreviation
    "\N{VS40}",  # abbreviation
    "\N{VS41}",  # abbreviation
    "\N{VS42}",  # abbreviation
    "\N{VS43}",  # abbreviation
    "\N{VS44}",  # abbreviation
    "\N{VS45}",  # abbreviation
    "\N{VS46}",  # abbreviation
    "\N{VS47}",  # abbreviation
    "\N{VS48}",  # abbreviation
    "\N{VS49}",  # abbreviation
    "\N{VS50}",  # abbreviation
    "\N{VS51}",  # abbreviation
    "\N{VS52}",  # abbreviation
    "\N{VS53}",  # abbreviation
    "\N{VS54}",  # abbreviation
    "\N{VS55}",  # abbreviation
    "\N{VS56}",  # abbreviation
    "\N{VS57}",  # abbreviation
    "\N{VS58}",  # abbreviation
    "\N{VS59}",  # abbreviation
    "\N{VS60}",  # abbreviation
    "\N{VS61}",  # abbreviation
    "\N{VS62}",  # abbreviation
    "\N{VS63}",  # abbreviation
    "\N{VS64}",  # abbreviation
    "\N{VS65}",  # abbreviation
    "\N{VS66}",  # abbreviation
    "\N{VS67}",  # abbreviation
    "\N{VS68}",  # abbreviation
    "\N{VS69}",  # abbreviation
    "\N{VS70}",  # abbreviation
    "\N{VS71}",  # abbreviation
    "\N{VS72}",  # abbreviation
    "\N{VS73}",  # abbreviation
    "\N{VS74}",  # abbreviation
    "\N{VS75}",  # abbreviation
    "\N{VS76}",  # abbreviation
    "\N{VS77}",  # abbreviation
    "\N{VS78}",  # abbreviation
    "\N{VS79}",  # abbreviation
    "\N{VS80}",  # abbreviation
    "\N{VS81}",  # abbreviation
    "\N{VS82}",  # abbreviation
    "\N{VS83}",  # abbreviation
    "\N{VS84}",  # abbreviation
    "\N{VS85}",  # abbreviation
    "\N{VS86}",  # abbreviation
    "\N{VS87}",  # abbreviation
    "\N{VS88}",  # abbreviation
    "\N{VS89}",  # abbreviation
    "\N{VS90}",  # abbreviation
    "\N{VS91}",  # abbreviation
    "\N{VS92}",  # abbreviation
    "\N{VS93}",  # abbreviation
    "\N{VS94}",  # abbreviation
    "\N{VS95}",  # abbreviation
    "\N{VS96}",  # abbreviation
    "\N{VS97}",  # abbreviation
    "\N{VS98}",  # abbreviation
    "\N{VS99}",  # abbreviation
    "\N{VS100}",  # abbreviation
    "\N{VS101}",  # abbreviation
    "\N{VS102}",  # abbreviation
    "\N{VS103}",  # abbreviation
    "\N{VS104}",  # abbreviation
    "\N{VS105}",  # abbreviation
    "\N{VS106}",  # abbreviation
    "\N{VS107}",  # abbreviation
    "\N{VS108}",  # abbreviation
    "\N{VS109}",  # abbreviation
    "\N{VS110}",  # abbreviation
    "\N{VS111}",  # abbreviation
    "\N{VS112}",  # abbreviation
    "\N{VS113}",  # abbreviation
    "\N{VS114}",  # abbreviation
    "\N{VS115}",  # abbreviation
    "\N{VS116}",  # abbreviation
    "\N{VS117}",  # abbreviation
    "\N{VS118}",  # abbreviation
    "\N{VS119}",  # abbreviation
    "\N{VS120}",  # abbreviation
    "\N{VS121}",  # abbreviation
    "\N{VS122}",  # abbreviation
    "\N{VS123}",  # abbreviation
    "\N{VS124}",  # abbreviation
    "\N{VS125}",  # abbreviation
    "\N{VS126}",  # abbreviation
    "\N{VS127}",  # abbreviation
    "\N{VS128}",  # abbreviation
    "\N{VS129}",  # abbreviation
    "\N{VS130}",  # abbreviation
    "\N{VS131}",  # abbreviation
    "\N{VS132}",  # abbreviation
    "\N{VS133}",  # abbreviation
    "\N{VS134}",  # abbreviation
    "\N{VS135}",  # abbreviation
    "\N{VS136}",  # abbreviation
    "\N{VS137}",  # abbreviation
    "\N{VS138}",  # abbreviation
    "\N{VS139}",  # abbreviation
    "\N{VS140}",  # abbreviation
    "\N{VS141}",  # abbreviation
    "\N{VS142}",  # abbreviation
    "\N{VS143}",  # abbreviation
    "\N{VS144}",  # abbreviation
    "\N{VS145}",  # abbreviation
    "\N{VS146}",  # abbreviation
    "\N{VS147}",  # abbreviation
    "\N{VS148}",  # abbreviation
    "\N{VS149}",  # abbreviation
    "\N{VS150}",  # abbreviation
    "\N{VS151}",  # abbreviation
    "\N{VS152}",  # abbreviation
    "\N{VS153}",  # abbreviation
    "\N{VS154}",  # abbreviation
    "\N{VS155}",  # abbreviation
    "\N{VS156}",  # abbreviation
    "\N{VS157}",  # abbreviation
    "\N{VS158}",  # abbreviation
    "\N{VS159}",  # abbreviation
    "\N{VS160}",  # abbreviation
    "\N{VS161}",  # abbreviation
    "\N{VS162}",  # abbreviation
    "\N{VS163}",  # abbreviation
    "\N{VS164}",  # abbreviation
    "\N{VS165}",  # abbreviation
    "\N{VS166}",  # abbreviation
    "\N{VS167}",  # abbreviation
    "\N{VS168}",  # abbreviation
    "\N{VS169}",  # abbreviation
    "\N{VS170}",  # abbreviation
    "\N{VS171}",  # abbreviation
    "\N{VS172}",  # abbreviation
    "\N{VS173}",  # abbreviation
    "\N{VS174}",  # abbreviation
    "\N{VS175}",  # abbreviation
    "\N{VS176}",  # abbreviation
    "\N{VS177}",  # abbreviation
    "\N{VS178}",  # abbreviation
    "\N{VS179}",  # abbreviation
    "\N{VS180}",  # abbreviation
    "\N{VS181}",  # abbreviation
    "\N{VS182}",  # abbreviation
    "\N{VS183}",  # abbreviation
    "\N{VS184}",  # abbreviation
    "\N{VS185}",  # abbreviation
    "\N{VS186}",  # abbreviation
    "\N{VS187}",  # abbreviation
    "\N{VS188}",  # abbreviation
    "\N{VS189}",  # abbreviation
    "\N{VS190}",  # abbreviation
    "\N{VS191}",  # abbreviation
    "\N{VS192}",  # abbreviation
    "\N{VS193}",  # abbreviation
    "\N{VS194}",  # abbreviation
    "\N{VS195}",  # abbreviation
    "\N{VS196}",  # abbreviation
    "\N{VS197}",  # abbreviation
    "\N{VS198}",  # abbreviation
    "\N{VS199}",  # abbreviation
    "\N{VS200}",  # abbreviation
    "\N{VS201}",  # abbreviation
    "\N{VS202}",  # abbreviation
    "\N{VS203}",  # abbreviation
    "\N{VS204}",  # abbreviation
    "\N{VS205}",  # abbreviation
    "\N{VS206}",  # abbreviation
    "\N{VS207}",  # abbreviation
    "\N{VS208}",  # abbreviation
    "\N{VS209}",  # abbreviation
    "\N{VS210}",  # abbreviation
    "\N{VS211}",  # abbreviation
    "\N{VS212}",  # abbreviation
    "\N{VS213}",  # abbreviation
    "\N{VS214}",  # abbreviation
    "\N{VS215}",  # abbreviation
    "\N{VS216}",  # abbreviation
    "\N{VS217}",  # abbreviation
    "\N{VS218}",  # abbreviation
    "\N{VS219}",  # abbreviation
    "\N{VS220}",  # abbreviation
    "\N{VS221}",  # abbreviation
    "\N{VS222}",  # abbreviation
    "\N{VS223}",  # abbreviation
    "\N{VS224}",  # abbreviation
    "\N{VS225}",  # abbreviation
    "\N{VS226}",  # abbreviation
    "\N{VS227}",  # abbreviation
    "\N{VS228}",  # abbreviation
    "\N{VS229}",  # abbreviation
    "\N{VS230}",  # abbreviation
    "\N{VS231}",  # abbreviation
    "\N{VS232}",  # abbreviation
    "\N{VS233}",  # abbreviation
    "\N{VS234}",  # abbreviation
    "\N{VS235}",  # abbreviation
    "\N{VS236}",  # abbreviation
    "\N{VS237}",  # abbreviation
    "\N{VS238}",  # abbreviation
    "\N{VS239}",  # abbreviation
    "\N{VS240}",  # abbreviation
    "\N{VS241}",  # abbreviation
    "\N{VS242}",  # abbreviation
    "\N{VS243}",  # abbreviation
    "\N{VS244}",  # abbreviation
    "\N{VS245}",  # abbreviation
    "\N{VS246}",  # abbreviation
    "\N{VS247}",  # abbreviation
    "\N{VS248}",  # abbreviation
    "\N{VS249}",  # abbreviation
    "\N{VS250}",  # abbreviation
    "\N{VS251}",  # abbreviation
    "\N{VS252}",  # abbreviation
    "\N{VS253}",  # abbreviation
    "\N{VS254}",  # abbreviation
    "\N{VS255}",  # abbreviation
    "\N{VS256}",  # abbreviation
]
print(len(aliases))
for i in range(0, len(aliases), 10):
    print(" ".join("%04X" % ord(c) for c in aliases[i:i + 10]))
