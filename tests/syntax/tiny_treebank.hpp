#pragma once
// A tiny treebank written for the tests: enough sentences for training to learn something and
// for the transition system to meet every kind of arc, small enough to train in milliseconds.
#include <string>

namespace newskg::test {

inline std::string tiny_treebank() {
  return R"(# text = Putin met Trump in Geneva.
1	Putin	Putin	PROPN	NNP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	Trump	Trump	PROPN	NNP	_	2	obj	_	_
4	in	in	ADP	IN	_	5	case	_	_
5	Geneva	Geneva	PROPN	NNP	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# text = The minister accused the company of fraud.
1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	_	3	nsubj	_	_
3	accused	accuse	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	company	company	NOUN	NN	_	3	obj	_	_
6	of	of	ADP	IN	_	7	case	_	_
7	fraud	fraud	NOUN	NN	_	3	obl	_	SpaceAfter=No
8	.	.	PUNCT	.	_	3	punct	_	_

# text = Troops captured the town and the airport.
1	Troops	troop	NOUN	NNS	_	2	nsubj	_	_
2	captured	capture	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	town	town	NOUN	NN	_	2	obj	_	_
5	and	and	CCONJ	CC	_	7	cc	_	_
6	the	the	DET	DT	_	7	det	_	_
7	airport	airport	NOUN	NN	_	4	conj	_	SpaceAfter=No
8	.	.	PUNCT	.	_	2	punct	_	_

# text = The firm was sanctioned by the government.
1	The	the	DET	DT	_	2	det	_	_
2	firm	firm	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	sanctioned	sanction	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	government	government	NOUN	NN	_	4	obl:agent	_	SpaceAfter=No
8	.	.	PUNCT	.	_	4	punct	_	_

# text = She said they would meet soon.
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	they	they	PRON	PRP	_	5	nsubj	_	_
4	would	would	AUX	MD	_	5	aux	_	_
5	meet	meet	VERB	VB	_	2	ccomp	_	_
6	soon	soon	ADV	RB	_	5	advmod	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_

)";
}

}  // namespace newskg::test
